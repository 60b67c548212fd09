#pragma once

#include "Job.h"
#include "MailboxState.h"

namespace Vigie::Imap {

// EXAMINE: opens a mailbox read-only (there is no SELECT job: Vigie never writes) and learns
// UIDVALIDITY, UIDNEXT and the message count.
class ExamineJob : public Job
{
    Q_OBJECT
public:
    explicit ExamineJob(QByteArray mailbox, QObject *parent = nullptr);
    const MailboxState &state() const { return m_state; }
    // Adds (CONDSTORE) when the server offers it, for HIGHESTMODSEQ.
    void setCondStore(bool enabled) { m_condStore = enabled; }

protected:
    void start() override;
    void handleUntagged(const Response &response) override;
    void handleTagged(const Response &response) override;

private:
    MailboxState m_state;
    bool m_condStore = false;
};

} // namespace Vigie::Imap
