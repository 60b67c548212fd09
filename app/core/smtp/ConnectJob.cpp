#include "ConnectJob.h"

#include "Session.h"

namespace Vigie::Smtp {

ConnectJob::ConnectJob(Session *session, QString host, quint16 port, Net::TlsPolicy policy, int connectTimeoutMs,
                       int greetingTimeoutMs)
    : Job(session)
    , m_host(std::move(host))
    , m_port(port)
    , m_policy(std::move(policy))
    , m_connectTimeoutMs(connectTimeoutMs)
    , m_greetingTimeoutMs(greetingTimeoutMs)
{ }

void ConnectJob::start()
{
    session()->open(m_host, m_port, m_policy, m_connectTimeoutMs, m_greetingTimeoutMs);
}

void ConnectJob::handleReply(const SmtpReply &reply)
{
    if (reply.code == 220)
        finish();
    else
        failWithReply(Net::ServiceError::Kind::ServerUnavailable, QStringLiteral("the server refused the session"),
                      reply);
}

} // namespace Vigie::Smtp
