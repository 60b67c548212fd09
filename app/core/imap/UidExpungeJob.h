#pragma once

#include "Job.h"

namespace Vigie::Imap {

// UID EXPUNGE uids (RFC 4315 UIDPLUS): removes exactly these \Deleted messages, never one the
// owner marked \Deleted in another client. Without UIDPLUS it refuses to start.
class UidExpungeJob : public Job
{
    Q_OBJECT
public:
    explicit UidExpungeJob(QByteArray uidSet, QObject *parent = nullptr);

protected:
    void start() override;

private:
    QByteArray m_uidSet;
};

} // namespace Vigie::Imap
