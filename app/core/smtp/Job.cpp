#include "Job.h"

#include "Session.h"

namespace Vigie::Smtp {

Job::Job(Session *session)
    : QObject(session)
    , m_session(session)
{ }

void Job::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

void Job::fail(Net::ServiceError error, const SmtpReply &reply)
{
    m_error = std::move(error);
    m_errorReply = reply;
    finish();
}

void Job::failWithReply(Net::ServiceError::Kind kindFor5xx, const QString &detail, const SmtpReply &reply)
{
    const auto kind = reply.isTransientNegative() ? Net::ServiceError::Kind::ServerUnavailable : kindFor5xx;
    fail(Net::ServiceError::make(kind, detail, reply.responseCode(), reply.text()), reply);
}

} // namespace Vigie::Smtp
