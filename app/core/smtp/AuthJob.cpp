#include "AuthJob.h"

#include "Session.h"

namespace Vigie::Smtp {

namespace {

// RFC 4954 section 4: an AUTH line that would exceed the 512-octet command limit goes without
// its initial response, which then answers the server's first (empty) challenge.
constexpr qsizetype MaxCommandLength = 510;
constexpr int MaxRounds = 8;

} // namespace

AuthJob::AuthJob(Session *session, std::unique_ptr<AuthMechanism> mechanism, int timeoutMs)
    : Job(session)
    , m_mechanism(std::move(mechanism))
    , m_timeoutMs(timeoutMs)
{ }

AuthJob::~AuthJob() = default;

void AuthJob::start()
{
    const QByteArray command = "AUTH " + m_mechanism->name();
    if (!m_mechanism->hasInitialResponse()) {
        session()->sendCommand(SubmissionStep::Auth, command, m_timeoutMs);
        return;
    }
    const QByteArray initial = m_mechanism->initialResponse();
    // "=" is an empty initial response, as opposed to none at all.
    const QByteArray encoded = initial.isEmpty() ? QByteArray("=") : initial.toBase64();
    if (command.size() + 1 + encoded.size() > MaxCommandLength) {
        m_initialResponsePending = true;
        session()->sendCommand(SubmissionStep::Auth, command, m_timeoutMs);
        return;
    }
    session()->sendCommand(SubmissionStep::Auth, command + ' ' + encoded, m_timeoutMs, command + " [redacted]");
}

void AuthJob::sendResponse(const QByteArray &raw)
{
    session()->sendCommand(SubmissionStep::Auth, raw.toBase64(), m_timeoutMs, "[redacted]");
}

void AuthJob::handleReply(const SmtpReply &reply)
{
    if (reply.code == 235) {
        finish();
        return;
    }
    if (reply.code == 334) {
        if (++m_rounds > MaxRounds) {
            // Answering "*" cancels the exchange; but a server this talkative is not worth it.
            fail(Net::ServiceError::make(Net::ServiceError::Kind::Protocol,
                                         QStringLiteral("too many authentication challenges")),
                 reply);
            return;
        }
        if (m_initialResponsePending) {
            m_initialResponsePending = false;
            sendResponse(m_mechanism->initialResponse());
            return;
        }
        const QByteArray challenge = QByteArray::fromBase64(reply.lines.value(0).trimmed().toLatin1());
        sendResponse(m_mechanism->respond(challenge));
        return;
    }
    QString detail =
        QStringLiteral("the server refused %1 authentication").arg(QString::fromLatin1(m_mechanism->name()));
    if (!m_mechanism->serverDiagnostic().isEmpty())
        detail += QStringLiteral(": ") + QString::fromUtf8(m_mechanism->serverDiagnostic());
    const bool credentialsRefused = reply.code >= 530 && reply.code <= 539;
    failWithReply(credentialsRefused ? Net::ServiceError::Kind::Authentication : Net::ServiceError::Kind::Protocol,
                  detail, reply);
}

} // namespace Vigie::Smtp
