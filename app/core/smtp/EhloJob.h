#pragma once

#include "Capabilities.h"
#include "Job.h"

namespace Vigie::Smtp {

// EHLO and the capabilities it announces. No HELO fallback: submission needs the extensions
// (AUTH, STARTTLS), so a server without EHLO is not one Vigie can submit to.
class EhloJob final : public Job
{
    Q_OBJECT
public:
    EhloJob(Session *session, QByteArray clientName, int timeoutMs);

    void start() override;
    void handleReply(const SmtpReply &reply) override;

    const Capabilities &capabilities() const { return m_capabilities; }

private:
    QByteArray m_clientName;
    int m_timeoutMs;
    Capabilities m_capabilities;
};

} // namespace Vigie::Smtp
