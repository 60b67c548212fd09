#include "IdleJob.h"

#include "Session.h"

#include <QTimer>

namespace Vigie::Imap {

IdleJob::IdleJob(QObject *parent)
    : Job(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleJob::done);
}

void IdleJob::start()
{
    if (!session()->hasCapability("IDLE")) {
        finish(Net::ServiceError::make(Net::ServiceError::Kind::Protocol,
                                       QStringLiteral("the server does not offer IDLE")));
        return;
    }
    sendCommand("IDLE");
}

void IdleJob::handleContinuation(const Response &)
{
    if (m_idling)
        return;
    m_idling = true;
    if (m_doneRequested) {
        sendDone();
        return;
    }
    suspendResponseTimeout(true);
    m_timer->start(m_maxIdleMs);
    Q_EMIT idlingStarted();
}

void IdleJob::handleUntagged(const Response &response)
{
    if (response.status == Response::Status::None && (response.name == "EXISTS" || response.name == "EXPUNGE"))
        Q_EMIT mailboxChanged(response);
}

void IdleJob::done()
{
    m_doneRequested = true;
    if (m_idling)
        sendDone();
}

void IdleJob::sendDone()
{
    if (m_doneSent || isFinished())
        return;
    m_doneSent = true;
    m_timer->stop();
    suspendResponseTimeout(false);
    sendContinuation("DONE");
}

void IdleJob::handleTagged(const Response &response)
{
    m_timer->stop();
    suspendResponseTimeout(false);
    Job::handleTagged(response);
}

} // namespace Vigie::Imap
