#include "MailboxSession.h"

#include "WatchLogging.h"
#include "imap/ExamineJob.h"
#include "imap/LogoutJob.h"
#include "imap/SelectJob.h"
#include "imap/SessionOpener.h"

#include <QTimer>

namespace Vigie::Watch {

MailboxSession::MailboxSession(MailboxAccess access, Mode mode, QObject *parent)
    : QObject(parent)
    , m_access(std::move(access))
    , m_mode(mode)
{
    m_access.session.mayRemoveProbes = mode == Mode::Select;
}

MailboxSession::~MailboxSession()
{
    tearDown();
}

void MailboxSession::start()
{
    auto *session = new Imap::Session(m_access.session, this);
    m_session = session;
    Q_EMIT sessionCreated(session);
    connect(session, &Imap::Session::failed, this, &MailboxSession::fail);
    auto *opener = new Imap::SessionOpener(session, m_access.credentials, session);
    connect(opener, &Imap::SessionOpener::failed, this, &MailboxSession::fail);
    connect(opener, &Imap::SessionOpener::opened, this, &MailboxSession::openMailbox);
    opener->start();
}

void MailboxSession::openMailbox()
{
    Imap::ExamineJob *job =
        m_mode == Mode::Select ? new Imap::SelectJob(m_access.mailbox) : new Imap::ExamineJob(m_access.mailbox);
    connect(job, &Imap::Job::finished, this, [this, job] {
        if (job->error().isError())
            fail(job->error());
        else
            Q_EMIT opened(job->state());
    });
    if (Imap::Session *session = m_session)
        session->enqueue(job);
    else
        delete job;
}

void MailboxSession::close()
{
    if (m_closing)
        return;
    m_closing = m_done = true;
    Imap::Session *session = m_session;
    if (!session || session->state() == Imap::Session::State::Disconnected) {
        QTimer::singleShot(0, this, &MailboxSession::finishClose);
        return;
    }
    auto *logout = new Imap::LogoutJob;
    connect(logout, &Imap::Job::finished, this, &MailboxSession::finishClose);
    session->enqueue(logout);
}

void MailboxSession::fail(const Net::ServiceError &error)
{
    if (m_closing) {
        finishClose(); // the server hung up on LOGOUT: closed all the same
        return;
    }
    if (m_done)
        return;
    m_done = true;
    qCInfo(lcWatch) << "Short session to" << m_access.session.host << "failed:" << Net::toString(error.kind)
                    << error.detail;
    tearDown();
    Q_EMIT failed(error);
}

void MailboxSession::finishClose()
{
    if (m_closed)
        return;
    m_closed = true;
    tearDown();
    Q_EMIT closed();
}

void MailboxSession::tearDown()
{
    if (Imap::Session *session = std::exchange(m_session, nullptr))
        session->release(this);
}

} // namespace Vigie::Watch
