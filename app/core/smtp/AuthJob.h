#pragma once

#include "AuthMechanism.h"
#include "Job.h"

#include <memory>

namespace Vigie::Smtp {

// AUTH (RFC 4954) with one SASL mechanism. Everything the client sends here is logged as
// "[redacted]". A 53x refusal is an authentication error (the user must act); 454 is the
// server's temporary trouble.
class AuthJob final : public Job
{
    Q_OBJECT
public:
    AuthJob(Session *session, std::unique_ptr<AuthMechanism> mechanism, int timeoutMs);
    ~AuthJob() override;

    void start() override;
    void handleReply(const SmtpReply &reply) override;

private:
    void sendResponse(const QByteArray &raw);

    std::unique_ptr<AuthMechanism> m_mechanism;
    int m_timeoutMs;
    int m_rounds = 0;
    bool m_initialResponsePending = false;
};

} // namespace Vigie::Smtp
