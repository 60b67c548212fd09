#pragma once

#include "SignalEvent.h"
#include "SilenceDetector.h"
#include "TimedArrival.h"

#include <QObject>
#include <QTimer>

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

    // The last weeks of the mailbox, oldest first, learned before watching.
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
    bool m_alarmRaised = false;
};

} // namespace Vigie::Detect
