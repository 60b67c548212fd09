#include "StartTlsJob.h"

#include "Session.h"

namespace Vigie::Smtp {

StartTlsJob::StartTlsJob(Session *session, int timeoutMs)
    : Job(session)
    , m_timeoutMs(timeoutMs)
{
    connect(session, &Session::encrypted, this, [this] { finish(); });
}

void StartTlsJob::start()
{
    session()->sendCommand(SubmissionStep::StartTls, "STARTTLS", m_timeoutMs);
}

void StartTlsJob::handleReply(const SmtpReply &reply)
{
    if (reply.code != 220) {
        fail(Net::ServiceError::make(Net::ServiceError::Kind::Tls, QStringLiteral("the server refused STARTTLS"),
                                     reply.responseCode(), reply.text()),
             reply);
        return;
    }
    session()->startTls(m_timeoutMs);
}

} // namespace Vigie::Smtp
