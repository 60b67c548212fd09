#include "ProbeTracker.h"

#include "ProbeLogging.h"
#include "platform/Clock.h"
#include "store/ProbeRepository.h"

#include <algorithm>

namespace Vigie::Probe {

ProbeTracker::ProbeTracker(Options options, const Platform::Clock &clock, Store::ProbeRepository *repository,
                           QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_repository(repository)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProbeTracker::checkOverdue);
}

void ProbeTracker::restore()
{
    if (!m_repository)
        return;
    if (const int abandoned = m_repository->abandonUnanswered(); abandoned > 0)
        qCInfo(lcProbe) << abandoned << "probe(s) of an earlier run never had a submission reply: abandoned";
    const QList<Store::ProbeRecord> probes =
        m_repository->outstandingSince(m_clock.now().addMSecs(-m_options.memoryMs));
    // Still ours, so recognised if they show up; but not judged overdue: while Vigie was not
    // running, their arrival may simply have gone unseen.
    for (const Store::ProbeRecord &probe : probes)
        m_issued.insert(probe.token, probe.sent);
}

void ProbeTracker::probeIssued(const QString &token, const QDateTime &sentAt)
{
    m_issued.insert(token, sentAt);
    m_outstanding.insert(token, sentAt);
    rearm();
}

void ProbeTracker::probeWithdrawn(const QString &token)
{
    m_outstanding.remove(token);
    rearm();
}

bool ProbeTracker::isIssued(const QString &token) const
{
    if (token.isEmpty())
        return false;
    if (m_issued.contains(token))
        return true;
    if (!m_repository)
        return false;
    const std::optional<Store::ProbeRecord> probe = m_repository->probe(token);
    return probe && probe->sent.msecsTo(m_clock.now()) <= m_options.memoryMs;
}

bool ProbeTracker::hasArrived(const QString &token) const
{
    if (m_arrived.contains(token))
        return true;
    if (!m_repository || !isIssued(token))
        return false;
    const std::optional<Store::ProbeRecord> probe = m_repository->probe(token);
    return probe && probe->arrived.isValid();
}

void ProbeTracker::probeArrived(const QString &token, const QDateTime &arrivedAt)
{
    const QDateTime at = std::min(arrivedAt, m_clock.now());
    QDateTime sent = m_issued.value(token);
    if (m_repository) {
        const std::optional<Store::ProbeRecord> probe = m_repository->probe(token);
        if (!probe || probe->arrived.isValid())
            return; // unknown, or seen already (a copy, or the same one after a reconnect)
        sent = probe->sent;
    } else if (!sent.isValid()) {
        return;
    }
    const qint64 rtt = qMax<qint64>(0, sent.msecsTo(at));
    m_outstanding.remove(token);
    m_arrived.insert(token);
    if (m_repository)
        m_repository->setArrived(token, at, rtt);
    qCInfo(lcProbe) << "Probe" << token.left(8) << "arrived after" << rtt << "ms";
    rearm();
    // Now, not at: the state machine learns it now, and its timeline must not go back in time.
    Q_EMIT signalRaised(Detect::SignalEvent::probeArrived(m_clock.now(), token, rtt, at));
}

void ProbeTracker::probeBounced(const Detect::SignalEvent &report, const QString &reason)
{
    const QString &token = report.probeToken;
    const bool transient = report.severity == Detect::SignalEvent::Severity::Transient;
    const QDateTime at =
        report.foundLate && report.happened.isValid() ? std::min(report.happened, report.at) : report.at;
    const QString status = QString::fromLatin1(report.smtpCode);
    if (m_repository) {
        const std::optional<Store::ProbeRecord> probe = m_repository->probe(token);
        if (!probe || probe->bounced.isValid())
            return;
        // A delay report is old news once the probe arrived or was reported delayed; a failure
        // that follows a delay report (the relay gave up) is not.
        if (transient && (probe->arrived.isValid() || probe->delayed.isValid()))
            return;
        if (transient)
            m_repository->setDelayed(token, at, reason, status, report.evidence);
        else
            m_repository->setBounced(token, at, reason, status, report.evidence);
    } else if (!m_issued.contains(token)) {
        return;
    }
    // A delay report leaves the probe in flight: it may still arrive.
    if (!transient)
        m_outstanding.remove(token);
    qCInfo(lcProbe) << "Probe" << token.left(8) << (transient ? "delayed:" : "bounced:") << status << reason
                    << (report.foundLate ? "(found late)" : "");
    rearm();
    Q_EMIT signalRaised(report);
}

void ProbeTracker::checkOverdue()
{
    const QDateTime now = m_clock.now();
    QStringList late;
    for (auto it = m_outstanding.cbegin(); it != m_outstanding.cend(); ++it) {
        if (it.value().msecsTo(now) >= m_options.overdueMs)
            late.append(it.key());
    }
    // Oldest first, so the timeline reads in order.
    std::sort(late.begin(), late.end(),
              [this](const QString &a, const QString &b) { return m_outstanding.value(a) < m_outstanding.value(b); });
    for (const QString &token : late) {
        m_outstanding.remove(token);
        if (m_repository)
            m_repository->setOverdue(token, now);
        qCInfo(lcProbe) << "Probe" << token.left(8) << "is overdue";
        Q_EMIT signalRaised(Detect::SignalEvent::probeOverdue(now, token));
    }
    rearm();
}

void ProbeTracker::rearm()
{
    m_timer.stop();
    if (m_outstanding.isEmpty())
        return;
    QDateTime earliest;
    for (const QDateTime &sent : std::as_const(m_outstanding)) {
        if (!earliest.isValid() || sent < earliest)
            earliest = sent;
    }
    const qint64 wait = m_clock.now().msecsTo(earliest.addMSecs(m_options.overdueMs));
    m_timer.start(std::chrono::milliseconds(std::clamp<qint64>(wait, 0, 10 * 60 * 1000)));
}

} // namespace Vigie::Probe
