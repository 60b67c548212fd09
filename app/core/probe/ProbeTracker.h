#pragma once

#include "detect/SignalEvent.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Vigie::Platform {
class Clock;
}

namespace Vigie::Store {
class ProbeRepository;
}

namespace Vigie::Probe {

// Follows every probe from the moment it is issued until it arrives in the primary INBOX,
// bounces, or is overdue, and turns each of those into a SignalEvent for the state machine.
// Only tokens Vigie issued (this run, or stored by an earlier one) count: a message carrying
// any other token is nobody's probe.
class ProbeTracker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 overdueMs = 30 * 60 * 1000;
        qint64 memoryMs = 7LL * 24 * 3600 * 1000; // how far back a stored token is still ours
    };

    ProbeTracker(Options options, const Platform::Clock &clock, Store::ProbeRepository *repository,
                 QObject *parent = nullptr);

    // Picks up the probes an earlier run left in flight, so that they are still recognised, and
    // closes those whose submission it never heard the end of: abandoned.
    void restore();
    void probeIssued(const QString &token, const QDateTime &sentAt);
    void probeWithdrawn(const QString &token);

    bool isIssued(const QString &token) const;
    // Issued, and its arrival recorded: only then may the probe leave the INBOX.
    bool hasArrived(const QString &token) const;
    // A probe reached the primary INBOX at arrivedAt, perhaps while Vigie was not running: its
    // round trip counts to then, and probeArrived is raised now (once per token).
    void probeArrived(const QString &token, const QDateTime &arrivedAt);
    // A report about a probe (a probeBounced signal, a failure or a delay: severity Transient),
    // stored with its reason, then raised. A delay report leaves the probe in flight. One found
    // late counts to when it arrived.
    void probeBounced(const Detect::SignalEvent &report, const QString &reason);
    int outstandingCount() const { return int(m_outstanding.size()); }

Q_SIGNALS:
    void signalRaised(const Vigie::Detect::SignalEvent &event);

private:
    void checkOverdue();
    void rearm();

    Options m_options;
    const Platform::Clock &m_clock;
    Store::ProbeRepository *m_repository;
    QHash<QString, QDateTime> m_outstanding; // token -> sent, not yet arrived, bounced or overdue
    QHash<QString, QDateTime> m_issued; // every token of this run
    QSet<QString> m_arrived; // arrived in this run
    QTimer m_timer;
};

} // namespace Vigie::Probe
