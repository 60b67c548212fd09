#pragma once

#include "Job.h"
#include "net/TlsPolicy.h"

namespace Vigie::Smtp {

// Opens the connection and waits for the server's 220 greeting. A 554 greeting means "no
// service here" (RFC 5321 section 3.1), a 421 or 4xx "not now".
class ConnectJob final : public Job
{
    Q_OBJECT
public:
    ConnectJob(Session *session, QString host, quint16 port, Net::TlsPolicy policy, int connectTimeoutMs,
               int greetingTimeoutMs);

    void start() override;
    void handleReply(const SmtpReply &reply) override;

private:
    QString m_host;
    quint16 m_port;
    Net::TlsPolicy m_policy;
    int m_connectTimeoutMs;
    int m_greetingTimeoutMs;
};

} // namespace Vigie::Smtp
