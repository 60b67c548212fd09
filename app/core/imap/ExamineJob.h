#pragma once

#include "Job.h"
#include "MailboxState.h"

namespace Vigie::Imap {

// EXAMINE: opens a mailbox read-only and learns UIDVALIDITY, UIDNEXT and the message count.
// SelectJob is the same command read-write, for probe removal only.
class ExamineJob : public Job
{
    Q_OBJECT
public:
    explicit ExamineJob(QByteArray mailbox, QObject *parent = nullptr);
    const MailboxState &state() const { return m_state; }
    // Adds (CONDSTORE) when the server offers it, for HIGHESTMODSEQ.
    void setCondStore(bool enabled) { m_condStore = enabled; }

protected:
    ExamineJob(QByteArray mailbox, QByteArray verb, QObject *parent);
    void start() override;
    void handleUntagged(const Response &response) override;
    void handleTagged(const Response &response) override;

private:
    MailboxState m_state;
    QByteArray m_verb = "EXAMINE";
    bool m_condStore = false;
};

} // namespace Vigie::Imap
