#include "QuitJob.h"

#include "Session.h"

namespace Vigie::Smtp {

QuitJob::QuitJob(Session *session, int timeoutMs)
    : Job(session)
    , m_timeoutMs(timeoutMs)
{
    connect(session, &Session::closed, this, [this] { finish(); });
    connect(session, &Session::failed, this, [this] { finish(); });
}

void QuitJob::start()
{
    // Nobody left to say goodbye to: nothing will answer, so do not wait.
    if (!session()->isOpen()) {
        finish();
        return;
    }
    session()->sendCommand(SubmissionStep::Quit, "QUIT", m_timeoutMs);
}

void QuitJob::handleReply(const SmtpReply &reply)
{
    Q_UNUSED(reply)
    session()->close(m_timeoutMs);
}

} // namespace Vigie::Smtp
