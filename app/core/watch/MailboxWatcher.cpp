#include "MailboxWatcher.h"

#include "WatchLogging.h"
#include "imap/CommandSyntax.h"
#include "imap/ExamineJob.h"
#include "imap/IdleJob.h"
#include "imap/LogoutJob.h"
#include "imap/NoopJob.h"
#include "imap/SessionOpener.h"
#include "imap/UidFetchJob.h"
#include "imap/UidSearchJob.h"
#include "platform/Clock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace Vigie::Watch {

using Kind = Net::ServiceError::Kind;
using namespace Imap;

MailboxWatcher::Options MailboxWatcher::Options::fromSettings(const Config::AccountSettings &account,
                                                              Credentials credentials)
{
    Options options;
    options.access = MailboxAccess::fromSettings(account, std::move(credentials));
    options.useIdle = account.imap.useIdle;
    options.pollIntervalMs = std::max(5, account.imap.pollIntervalSeconds) * 1000;
    return options;
}

MailboxWatcher::MailboxWatcher(Options options, const Platform::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_backoff(m_options.backoffMinimumMs, m_options.backoffMaximumMs)
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &MailboxWatcher::connectNow);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &MailboxWatcher::poll);
}

MailboxWatcher::~MailboxWatcher()
{
    tearDownSession();
}

void MailboxWatcher::setResumePoint(quint32 uidValidity, quint32 nextUid, const QDateTime &lastInternalDate)
{
    m_uidValidity = uidValidity;
    m_nextUid = nextUid;
    m_lastInternalDate = lastInternalDate;
    m_resuming = uidValidity != 0;
}

void MailboxWatcher::start()
{
    if (m_state != State::Stopped)
        return;
    connectNow();
}

void MailboxWatcher::stop()
{
    m_retryTimer->stop();
    m_pollTimer->stop();
    if (m_state == State::Stopped || m_state == State::Stopping)
        return;
    Session *session = m_session.data();
    if (!session || m_state != State::Watching) {
        tearDownSession();
        finishStop();
        return;
    }
    m_state = State::Stopping;
    if (IdleJob *idle = m_idle.data())
        idle->done();
    auto *logout = new LogoutJob;
    connect(logout, &Job::finished, this, [this] {
        tearDownSession();
        finishStop();
    });
    session->enqueue(logout);
}

void MailboxWatcher::finishStop()
{
    m_state = State::Stopped;
    QTimer::singleShot(0, this, &MailboxWatcher::stopped);
}

bool MailboxWatcher::enqueue(Job *job)
{
    Session *session = m_session.data();
    if (!session || m_state == State::Stopping) {
        delete job;
        return false;
    }
    session->enqueue(job);
    return true;
}

void MailboxWatcher::connectNow()
{
    tearDownSession();
    m_state = State::Connecting;
    auto *session = new Session(m_options.access.session, this);
    m_session = session;
    Q_EMIT sessionCreated(session);
    connect(session, &Session::failed, this, &MailboxWatcher::connectionLost);
    connect(session, &Session::untaggedReceived, this, [this](const Response &response) {
        if (response.isUntaggedData("EXISTS"))
            m_changed = true;
    });
    auto *opener = new SessionOpener(session, m_options.access.credentials, session);
    connect(opener, &SessionOpener::failed, this, &MailboxWatcher::connectionLost);
    connect(opener, &SessionOpener::opened, this, &MailboxWatcher::examine);
    opener->start();
}

void MailboxWatcher::examine()
{
    auto *job = new ExamineJob(m_options.access.mailbox);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error().isError()) {
            connectionLost(job->error());
            return;
        }
        const MailboxState mailbox = job->state();
        m_state = State::Watching;
        m_connectedAt = m_clock.now();
        const quint32 uidNext = mailbox.uidNext.value_or(0);
        m_backlogBelow = mailbox.uidNext.value_or(std::numeric_limits<quint32>::max());
        if (m_resuming) {
            m_resumeSince = m_connectedAt.addDays(-m_options.resumeMaxDays);
            m_resumeUidNext = uidNext;
        }
        if (m_uidValidity == 0) {
            m_uidValidity = mailbox.uidValidity;
            m_nextUid = uidNext; // the first connection only sets the baseline
        } else if (mailbox.uidValidity != m_uidValidity) {
            qCInfo(lcWatch) << "UIDVALIDITY of" << m_options.access.mailbox << "changed from" << m_uidValidity << "to"
                            << mailbox.uidValidity;
            const quint32 previous = m_uidValidity;
            m_uidValidity = mailbox.uidValidity;
            m_nextUid = uidNext; // 0 when the server does not say: found by the catch-up
            m_onlyNewerThan = m_lastInternalDate.isValid() ? m_lastInternalDate : m_connectedAt;
            if (m_resuming)
                m_onlyNewerThan = std::max(m_onlyNewerThan, m_resumeSince);
            Q_EMIT uidValidityChanged(previous, m_uidValidity);
        }
        qCInfo(lcWatch) << "Watching" << m_options.access.mailbox << "on" << m_options.access.session.host
                        << "UIDVALIDITY" << m_uidValidity << "next UID" << m_nextUid;
        Q_EMIT connected(mailbox);
        if (m_state == State::Watching)
            catchUp();
    });
    enqueue(job);
}

void MailboxWatcher::catchUp()
{
    m_changed = false;
    UidSearchJob::Criteria criteria;
    if (m_onlyNewerThan.isValid())
        criteria.since = m_onlyNewerThan.date().addDays(-1); // SINCE ignores time and zone
    else
        criteria.uidFrom = std::max<quint32>(1, m_nextUid);
    if (m_resuming && !m_onlyNewerThan.isValid())
        criteria.since = m_resumeSince.date().addDays(-1);
    // Without a baseline (the server gave no UIDNEXT), everything there now is old news.
    const bool baselineOnly = m_nextUid == 0 && !m_onlyNewerThan.isValid();
    auto *search = new UidSearchJob(criteria);
    connect(search, &Job::finished, this, [this, search, baselineOnly] {
        if (search->error().isError()) {
            connectionLost(search->error());
            return;
        }
        m_pending = search->uids();
        if (baselineOnly) {
            m_nextUid = m_pending.isEmpty() ? 1 : m_pending.constLast() + 1;
            m_pending.clear();
        } else if (m_resuming && m_pending.size() > m_options.resumeMaxMessages) {
            qCInfo(lcWatch) << "Resuming: only the last" << m_options.resumeMaxMessages << "of" << m_pending.size()
                            << "messages are reported";
            m_pending = m_pending.last(m_options.resumeMaxMessages);
        }
        fetchNextBatch();
    });
    enqueue(search);
}

void MailboxWatcher::fetchNextBatch()
{
    if (m_pending.isEmpty()) {
        m_onlyNewerThan = {};
        // What the resume bounds left out stays unreported, and the next search starts above it.
        if (std::exchange(m_resuming, false))
            m_nextUid = std::max(m_nextUid, m_resumeUidNext);
        m_backlogBelow = std::min(m_backlogBelow, m_nextUid); // without UIDNEXT, what follows is live
        notePosition();
        if (m_changed) {
            catchUp(); // something arrived while we were fetching; IDLE would not tell again
            return;
        }
        m_lastSyncedAt = m_clock.now();
        Q_EMIT synced();
        listenForChanges();
        return;
    }
    const qsizetype count = std::min<qsizetype>(m_pending.size(), m_options.fetchBatchSize);
    const QList<quint32> uids = m_pending.first(count);
    m_pending.remove(0, count);
    auto *fetch =
        new UidFetchJob(CommandSyntax::sequenceSet(uids),
                        UidFetchJob::InternalDate | UidFetchJob::Size | UidFetchJob::Envelope | UidFetchJob::Header);
    m_batch.clear();
    connect(fetch, &UidFetchJob::fetched, this, [this](const FetchData &message) {
        Arrival arrival;
        arrival.mailbox = m_options.access.mailbox;
        arrival.uidValidity = m_uidValidity;
        arrival.uid = message.uid.value_or(0);
        arrival.internalDate = message.internalDate;
        arrival.size = message.size.value_or(0);
        arrival.envelope = message.envelope.value_or(Envelope());
        arrival.header = message.header.value_or(QByteArray());
        arrival.backlog = arrival.uid < m_backlogBelow;
        m_batch.append(std::move(arrival));
    });
    connect(fetch, &Job::finished, this, [this, fetch] {
        if (fetch->error().isError()) {
            connectionLost(fetch->error());
            return;
        }
        emitBatch();
        // Not while recovering from a UIDVALIDITY change: its UIDs are settled only at the end.
        if (!m_onlyNewerThan.isValid())
            notePosition();
        if (m_state == State::Watching)
            fetchNextBatch();
    });
    enqueue(fetch);
}

void MailboxWatcher::emitBatch()
{
    std::sort(m_batch.begin(), m_batch.end(), [](const Arrival &a, const Arrival &b) { return a.uid < b.uid; });
    const QList<Arrival> batch = std::exchange(m_batch, {});
    const QPointer<MailboxWatcher> guard(this);
    for (Arrival arrival : batch) {
        if (m_onlyNewerThan.isValid()) {
            // After a UIDVALIDITY change UIDs say nothing; the arrival time does.
            m_nextUid = std::max(m_nextUid, arrival.uid + 1);
            if (arrival.internalDate.isValid() && arrival.internalDate <= m_onlyNewerThan)
                continue;
        } else {
            if (arrival.uid < m_nextUid)
                continue; // already reported
            m_nextUid = arrival.uid + 1;
        }
        if (m_resuming && arrival.internalDate.isValid() && arrival.internalDate < m_resumeSince)
            continue;
        arrival.newestBefore = m_lastInternalDate;
        // Not from a date far ahead of now: one lying message would make all mail look older.
        if (arrival.internalDate.isValid() && arrival.internalDate <= m_clock.now().addDays(1)
            && (!m_lastInternalDate.isValid() || arrival.internalDate > m_lastInternalDate))
            m_lastInternalDate = arrival.internalDate;
        Q_EMIT arrivalSeen(arrival);
        if (!guard)
            return;
    }
}

void MailboxWatcher::notePosition()
{
    auto position = std::tuple(m_uidValidity, m_nextUid, m_lastInternalDate);
    if (position == m_notedPosition)
        return;
    m_notedPosition = std::move(position);
    Q_EMIT positionChanged();
}

void MailboxWatcher::listenForChanges()
{
    Session *session = m_session.data();
    if (!session || m_state != State::Watching)
        return;
    m_usingIdle = m_options.useIdle && session->hasCapability("IDLE");
    if (!m_usingIdle) {
        m_pollTimer->start(m_options.pollIntervalMs);
        return;
    }
    auto *idle = new IdleJob;
    idle->setMaxIdleMs(m_options.idleRenewMs);
    m_idle = idle;
    connect(idle, &IdleJob::mailboxChanged, idle, &IdleJob::done);
    connect(idle, &Job::finished, this, [this, idle] {
        if (idle->error().isError()) {
            connectionLost(idle->error());
            return;
        }
        // Ended by an EXISTS, or renewed before the server's limit: look, then idle again.
        if (m_state == State::Watching)
            catchUp();
    });
    enqueue(idle);
}

void MailboxWatcher::refresh()
{
    if (m_state != State::Watching)
        return; // connecting: the catch-up that follows is the look asked for
    if (IdleJob *idle = m_idle.data())
        idle->done();
    else if (m_pollTimer->isActive()) {
        m_pollTimer->stop();
        poll();
    }
}

void MailboxWatcher::poll()
{
    if (m_state != State::Watching)
        return;
    // NOOP lets the server announce new messages before the search looks for them.
    auto *noop = new NoopJob;
    connect(noop, &Job::finished, this, [this, noop] {
        if (noop->error().isError()) {
            connectionLost(noop->error());
            return;
        }
        if (m_state == State::Watching)
            catchUp();
    });
    enqueue(noop);
}

void MailboxWatcher::tearDownSession()
{
    Session *session = m_session.data();
    m_session = nullptr;
    m_idle = nullptr;
    m_pending.clear();
    m_batch.clear();
    if (session)
        session->release(this);
}

void MailboxWatcher::connectionLost(const Net::ServiceError &error)
{
    if (!m_session)
        return; // already handled: the session and the job that failed both report it
    const bool stopping = m_state == State::Stopping;
    const bool wasWatching = m_state == State::Watching;
    tearDownSession();
    m_pollTimer->stop();
    if (stopping) {
        finishStop();
        return;
    }
    if (wasWatching && m_connectedAt.isValid() && m_connectedAt.msecsTo(m_clock.now()) >= m_options.stableConnectionMs)
        m_backoff.reset();
    qCInfo(lcWatch) << "Lost" << m_options.access.session.host << Net::toString(error.kind) << error.detail;
    Q_EMIT errorOccurred(error);
    if (m_state == State::Stopped || m_state == State::Stopping)
        return; // stop() was called from a slot
    // A refused password or certificate will not fix itself: retry slowly, do not hammer.
    const int delay = error.isTransient() ? m_backoff.nextDelayMs() : m_backoff.maximumMs();
    m_state = State::WaitingToReconnect;
    Q_EMIT reconnectScheduled(delay, m_backoff.attempts());
    m_retryTimer->start(delay);
}

} // namespace Vigie::Watch
