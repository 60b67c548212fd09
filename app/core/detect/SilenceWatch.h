#pragma once

#include "SignalEvent.h"
#include "SilenceDetector.h"
#include "TimedArrival.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Vigie::Platform {
class Clock;
}

namespace Vigie::Detect {

// The silence detector on live time: fed the arrivals the IMAP watcher reports (already
// filtered through ArrivalFilter), it arms a timer for the moment the current silence becomes
// improbable and then reports a silence alarm, once per silence, for the incident state machine.
class SilenceWatch : public QObject
{
    Q_OBJECT
public:
    SilenceWatch(SilenceDetector::Options options, const Platform::Clock &clock, QObject *parent = nullptr);

    // Whether an alarm can be acted on at that time (the mailbox is in sight, no snooze). While
    // it cannot, an alarm due waits and is raised once it can, instead of being spent unheard.
    using AlarmGate = std::function<bool(const QDateTime &at)>;
    void setAlarmGate(AlarmGate gate) { m_gate = std::move(gate); }
    bool canActAt(const QDateTime &at) const { return !m_gate || m_gate(at); }
    // The last weeks of the mailbox, oldest first, learned before watching. The past is learned
    // whatever the present: an open incident suspends learning only from what follows.
    void learnHistory(const QList<TimedArrival> &arrivals);
    void recordArrival(const QDateTime &at, ArrivalOrigin origin = ArrivalOrigin::Unknown);
    // While an outage is open its hours are not learned as quiet ones.
    void setLearningSuspended(bool suspended);
    // Judges the silence at the clock's time; the timer calls it, tests may too.
    void checkNow();

    const SilenceDetector &detector() const { return m_detector; }
    SilenceAssessment assessNow() const;

Q_SIGNALS:
    void silenceAlarmRaised(const Vigie::Detect::SignalEvent &event);

private:
    void rearm();

    const Platform::Clock &m_clock;
    SilenceDetector m_detector;
    QTimer m_timer;
    AlarmGate m_gate;
    bool m_alarmRaised = false;
    bool m_learningSuspended = false;
};

} // namespace Vigie::Detect
