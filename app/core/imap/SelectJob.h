#pragma once

#include "ExamineJob.h"

namespace Vigie::Imap {

// SELECT: opens a mailbox read-write. Only the probe remover's session may send it (see
// Session::Options::mayRemoveProbes); every other session refuses it through ReadOnlyGuard.
class SelectJob : public ExamineJob
{
    Q_OBJECT
public:
    explicit SelectJob(QByteArray mailbox, QObject *parent = nullptr)
        : ExamineJob(std::move(mailbox), QByteArrayLiteral("SELECT"), parent)
    { }
};

} // namespace Vigie::Imap
