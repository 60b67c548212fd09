#pragma once

#include <QByteArrayView>

namespace Vigie::Imap {

// Vigie watches mail and never changes it. The session asks this guard about every command
// line before writing it, so no job, present or future, can STORE, EXPUNGE, COPY, MOVE,
// APPEND or open a mailbox read-write (SELECT) by mistake.
class ReadOnlyGuard
{
public:
    // command: the line without its tag.
    static bool isMailboxWrite(QByteArrayView command);
    // The writes probe removal needs: SELECT, UID STORE, UID EXPUNGE, UID MOVE. Only a session
    // opened for it (Session::Options::mayRemoveProbes) lets them through.
    static bool isProbeRemoval(QByteArrayView command);
};

} // namespace Vigie::Imap
