#include "MailTransactionJob.h"

#include "CommandFormatter.h"
#include "DotStuffer.h"
#include "Session.h"

#include <QRegularExpression>

namespace Vigie::Smtp {

using Net::ServiceError;

MailTransactionJob::MailTransactionJob(Session *session, Envelope envelope, QByteArray message,
                                       Capabilities capabilities, int commandTimeoutMs, int dataEndTimeoutMs)
    : Job(session)
    , m_envelope(std::move(envelope))
    , m_encodedMessage(DotStuffer::encode(message))
    , m_capabilities(std::move(capabilities))
    , m_commandTimeoutMs(commandTimeoutMs)
    , m_dataEndTimeoutMs(dataEndTimeoutMs)
    , m_pipelining(m_capabilities.pipelining())
{
    for (const QString &recipient : std::as_const(m_envelope.recipients))
        m_recipients.append({recipient, {}});
}

namespace {

// An address that would break out of its command line ("a>\r\nRCPT TO:<b") or its brackets.
bool isSafeAddress(const QString &address)
{
    return !address.isEmpty() && std::none_of(address.cbegin(), address.cend(), [](QChar c) {
        return c.unicode() < 0x21 || c.unicode() == 0x7f || c == u'<' || c == u'>';
    });
}

} // namespace

void MailTransactionJob::start()
{
    if (m_envelope.recipients.isEmpty()) {
        fail(ServiceError::make(ServiceError::Kind::Protocol, QStringLiteral("no recipient to submit to")));
        return;
    }
    // The null reverse-path "<>" is for bounces, which Vigie never sends.
    const bool safe = isSafeAddress(m_envelope.sender)
        && std::all_of(m_envelope.recipients.cbegin(), m_envelope.recipients.cend(), isSafeAddress);
    if (!safe) {
        fail(ServiceError::make(ServiceError::Kind::Protocol, QStringLiteral("an envelope address is malformed")));
        return;
    }
    // The size the server will count: the message as sent, without its end-of-data line.
    const qint64 size = m_encodedMessage.size() - 3;
    const std::optional<qint64> limit = m_capabilities.sizeLimit();
    if (limit && *limit > 0 && size > *limit) {
        fail(ServiceError::make(
            ServiceError::Kind::Protocol,
            QStringLiteral("the message (%1 bytes) exceeds the server's limit of %2 bytes").arg(size).arg(*limit)));
        return;
    }
    if (CommandFormatter::needsUtf8(m_envelope) && !m_capabilities.smtpUtf8()) {
        fail(ServiceError::make(ServiceError::Kind::Protocol,
                                QStringLiteral("a non-ASCII address needs SMTPUTF8, which the server does not offer")));
        return;
    }
    const bool eightBit = std::any_of(m_encodedMessage.cbegin(), m_encodedMessage.cend(),
                                      [](char c) { return static_cast<unsigned char>(c) > 127; });
    session()->sendCommand(SubmissionStep::MailFrom,
                           CommandFormatter::mailFrom(m_envelope, m_capabilities, size, eightBit), m_commandTimeoutMs);
    if (m_pipelining) {
        for (qsizetype i = 0; i < m_recipients.size(); ++i)
            sendRcpt(i);
        sendData();
    }
}

void MailTransactionJob::sendRcpt(qsizetype index)
{
    session()->sendCommand(SubmissionStep::RcptTo,
                           CommandFormatter::rcptTo(m_recipients.at(index).address, m_envelope, m_capabilities),
                           m_commandTimeoutMs);
}

void MailTransactionJob::sendData()
{
    session()->sendCommand(SubmissionStep::Data, "DATA", m_commandTimeoutMs);
}

void MailTransactionJob::reject(SubmissionStep step, const SmtpReply &reply)
{
    if (m_rejected)
        return;
    m_rejected = true;
    m_verdictStep = step;
    m_verdictReply = reply;
}

bool MailTransactionJob::anyRecipientAccepted() const
{
    return std::any_of(m_recipients.cbegin(), m_recipients.cend(),
                       [](const RecipientResult &r) { return r.accepted(); });
}

const SmtpReply &MailTransactionJob::firstRecipientRefusal() const
{
    for (const RecipientResult &recipient : m_recipients) {
        if (!recipient.accepted())
            return recipient.reply;
    }
    return m_recipients.constFirst().reply;
}

void MailTransactionJob::handleReply(const SmtpReply &reply)
{
    switch (m_stage) {
    case Stage::MailFrom:
        if (!reply.isPositiveCompletion()) {
            reject(SubmissionStep::MailFrom, reply);
            if (!m_pipelining) {
                finish();
                return;
            }
        } else if (!m_pipelining) {
            sendRcpt(0);
        }
        m_stage = Stage::RcptTo;
        return;
    case Stage::RcptTo:
        m_recipients[m_nextRecipientReply++].reply = reply;
        if (m_nextRecipientReply < m_recipients.size()) {
            if (!m_pipelining)
                sendRcpt(m_nextRecipientReply);
            return;
        }
        if (!anyRecipientAccepted())
            reject(SubmissionStep::RcptTo, firstRecipientRefusal());
        if (!m_pipelining) {
            if (m_rejected) {
                finish();
                return;
            }
            sendData();
        }
        m_stage = Stage::Data;
        return;
    case Stage::Data:
        if (reply.code != 354) {
            reject(SubmissionStep::Data, reply);
            finish();
            return;
        }
        if (m_rejected) {
            // Pipelined and refused earlier, yet DATA was accepted (RFC 2920 section 3.1): an
            // empty message ends the transaction without delivering anything.
            m_stage = Stage::AbandonedBody;
            session()->sendMessage(".\r\n", m_dataEndTimeoutMs);
            return;
        }
        m_stage = Stage::MessageBody;
        session()->sendMessage(m_encodedMessage, m_dataEndTimeoutMs);
        return;
    case Stage::MessageBody:
        if (reply.isPositiveCompletion()) {
            m_accepted = true;
            m_verdictStep = SubmissionStep::MessageBody;
            m_verdictReply = reply;
        } else {
            reject(SubmissionStep::MessageBody, reply);
        }
        finish();
        return;
    case Stage::AbandonedBody:
        finish();
        return;
    }
}

QString MailTransactionJob::queueIdFrom(const SmtpReply &reply)
{
    static const QRegularExpression pattern(QStringLiteral(R"((?:queued as|\bid=)\s*([A-Za-z0-9._@-]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString text = reply.text();
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : text.trimmed();
}

} // namespace Vigie::Smtp
