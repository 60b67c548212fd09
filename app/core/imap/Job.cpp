#include "Job.h"

#include "Session.h"

namespace Vigie::Imap {

using Kind = Net::ServiceError::Kind;

Net::ServiceError errorFromResponse(const Response &response, Kind fallback, const QString &detail)
{
    Kind kind = fallback;
    switch (response.code.kind) {
    case ResponseCode::Kind::AuthenticationFailed:
    case ResponseCode::Kind::AuthorizationFailed:
    case ResponseCode::Kind::Expired:
    case ResponseCode::Kind::PrivacyRequired:
        kind = Kind::Authentication;
        break;
    case ResponseCode::Kind::Unavailable:
    case ResponseCode::Kind::InUse:
    case ResponseCode::Kind::ServerBug:
    case ResponseCode::Kind::Corruption:
        kind = Kind::ServerUnavailable;
        break;
    default:
        if (response.status == Response::Status::Bye)
            kind = Kind::ServerUnavailable;
        else if (response.status == Response::Status::Bad)
            kind = Kind::Protocol;
        break;
    }
    return Net::ServiceError::make(kind, detail, response.code.name, response.text);
}

Job::Job(QObject *parent)
    : QObject(parent)
{ }

Job::~Job() = default;

Session *Job::session() const
{
    return m_session.data();
}

void Job::attach(Session *session)
{
    m_session = session;
}

void Job::handleUntagged(const Response &)
{ }

void Job::handleContinuation(const Response &)
{
    finish(Net::ServiceError::make(Kind::Protocol, QStringLiteral("unexpected continuation request")));
}

void Job::handleTagged(const Response &response)
{
    if (response.status == Response::Status::Ok) {
        finish();
        return;
    }
    finish(
        errorFromResponse(response, refusalKind(),
                          QStringLiteral("the server refused %1").arg(QString::fromLatin1(metaObject()->className()))));
}

void Job::sendCommand(const QByteArray &command, const QByteArray &loggedAs)
{
    if (!m_session)
        return;
    m_tag = m_session->nextTag();
    m_session->writeCommand(this, m_tag, command, loggedAs);
}

void Job::sendContinuation(const QByteArray &line, bool secret)
{
    if (m_session)
        m_session->writeLine(line, secret ? QByteArray("[redacted]") : QByteArray());
}

void Job::finish(Net::ServiceError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_session)
        m_session->jobFinished(this);
    Q_EMIT finished(this);
}

void Job::setSessionState(Session::State state)
{
    if (Session *owner = session())
        owner->setState(state);
}

void Job::markAuthenticated(const Response &completion)
{
    if (Session *owner = session())
        owner->setAuthenticated(completion);
}

void Job::suspendResponseTimeout(bool suspended)
{
    if (Session *owner = session())
        owner->setResponseTimeoutSuspended(suspended);
}

void Job::startTls(std::function<void(const Net::ServiceError &)> done)
{
    if (Session *owner = session())
        owner->startTls(std::move(done));
}

} // namespace Vigie::Imap
