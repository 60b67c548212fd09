#pragma once

#include "Job.h"

namespace Vigie::Smtp {

// STARTTLS (RFC 3207) and the handshake after the server's 220. Any other answer is a TLS
// failure: the account requires encryption, so Vigie never carries on in the clear.
class StartTlsJob final : public Job
{
    Q_OBJECT
public:
    StartTlsJob(Session *session, int timeoutMs);

    void start() override;
    void handleReply(const SmtpReply &reply) override;

private:
    int m_timeoutMs;
};

} // namespace Vigie::Smtp
