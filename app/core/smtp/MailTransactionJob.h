#pragma once

#include "Capabilities.h"
#include "Envelope.h"
#include "Job.h"
#include "RecipientResult.h"
#include "SubmissionStep.h"

namespace Vigie::Smtp {

// MAIL FROM, one RCPT TO per recipient, DATA and the message (RFC 5321 section 3.3). With
// PIPELINING (RFC 2920) MAIL, the RCPTs and DATA go in one write and their replies are read in
// order. The job ends with a verdict (accepted, or rejected at a step with the reply) unless
// the conversation itself breaks, which the session reports.
class MailTransactionJob final : public Job
{
    Q_OBJECT
public:
    MailTransactionJob(Session *session, Envelope envelope, QByteArray message, Capabilities capabilities,
                       int commandTimeoutMs, int dataEndTimeoutMs);

    void start() override;
    void handleReply(const SmtpReply &reply) override;

    bool isAccepted() const { return m_accepted; }
    // For a rejection: the step and the server's reply; for an acceptance: MessageBody and the 250.
    SubmissionStep verdictStep() const { return m_verdictStep; }
    const SmtpReply &verdictReply() const { return m_verdictReply; }
    const QList<RecipientResult> &recipients() const { return m_recipients; }

    // The server's id for the queued message: "queued as 4F3K2" (Postfix), "id=1q2w3e" (Exim);
    // otherwise the reply text, which is the nearest thing the server gave.
    static QString queueIdFrom(const SmtpReply &reply);

private:
    enum class Stage { MailFrom, RcptTo, Data, MessageBody, AbandonedBody };

    void sendRcpt(qsizetype index);
    void sendData();
    void reject(SubmissionStep step, const SmtpReply &reply);
    bool anyRecipientAccepted() const;
    const SmtpReply &firstRecipientRefusal() const;

    Envelope m_envelope;
    QByteArray m_encodedMessage;
    Capabilities m_capabilities;
    int m_commandTimeoutMs;
    int m_dataEndTimeoutMs;
    bool m_pipelining = false;

    Stage m_stage = Stage::MailFrom;
    qsizetype m_nextRecipientReply = 0;
    QList<RecipientResult> m_recipients;
    bool m_accepted = false;
    bool m_rejected = false;
    SubmissionStep m_verdictStep = SubmissionStep::MailFrom;
    SmtpReply m_verdictReply;
};

} // namespace Vigie::Smtp
