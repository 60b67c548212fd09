#pragma once

#include "Job.h"

namespace Vigie::Imap {

// STARTTLS (RFC 3501 6.2.1): upgrades the connection; the session forgets the capabilities it
// learnt in plaintext. Refuses to proceed when the server does not offer it.
class StartTlsJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;

protected:
    void start() override;
    void handleTagged(const Response &response) override;
    Net::ServiceError::Kind refusalKind() const override { return Net::ServiceError::Kind::Tls; }
};

} // namespace Vigie::Imap
