#pragma once

#include "Job.h"

namespace Vigie::Imap {

// UID MOVE uids mailbox (RFC 6851). Without the MOVE capability it refuses to start rather
// than emulate it with COPY and EXPUNGE.
class UidMoveJob : public Job
{
    Q_OBJECT
public:
    UidMoveJob(QByteArray uidSet, QByteArray mailbox, QObject *parent = nullptr);

protected:
    void start() override;

private:
    QByteArray m_uidSet;
    QByteArray m_mailbox;
};

} // namespace Vigie::Imap
