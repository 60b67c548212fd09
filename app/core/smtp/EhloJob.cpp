#include "EhloJob.h"

#include "Session.h"

namespace Vigie::Smtp {

EhloJob::EhloJob(Session *session, QByteArray clientName, int timeoutMs)
    : Job(session)
    , m_clientName(std::move(clientName))
    , m_timeoutMs(timeoutMs)
{ }

void EhloJob::start()
{
    session()->sendCommand(SubmissionStep::Ehlo, "EHLO " + m_clientName, m_timeoutMs);
}

void EhloJob::handleReply(const SmtpReply &reply)
{
    if (reply.code != 250) {
        failWithReply(Net::ServiceError::Kind::Protocol, QStringLiteral("the server refused EHLO"), reply);
        return;
    }
    m_capabilities = Capabilities::fromEhloReply(reply);
    finish();
}

} // namespace Vigie::Smtp
