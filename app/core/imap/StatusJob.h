#pragma once

#include "Job.h"

namespace Vigie::Imap {

// STATUS mailbox (MESSAGES UIDNEXT UIDVALIDITY UNSEEN): a look without opening it.
class StatusJob : public Job
{
    Q_OBJECT
public:
    explicit StatusJob(QByteArray mailbox, QObject *parent = nullptr);
    const StatusData &status() const { return m_status; }

protected:
    void start() override;
    void handleUntagged(const Response &response) override;

private:
    QByteArray m_mailbox;
    StatusData m_status;
};

} // namespace Vigie::Imap
