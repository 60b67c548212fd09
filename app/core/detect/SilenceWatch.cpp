#include "SilenceWatch.h"

#include "DetectLogging.h"

#include "platform/Clock.h"

namespace Vigie::Detect {

namespace {

// The timer is re-armed at least this often, so that a suspended laptop or a clock change
// never leaves an alarm waiting on a stale deadline.
constexpr qint64 MaxTimerMs = 10 * 60 * 1000;
constexpr qint64 LookAheadMs = 14LL * 24 * 3600 * 1000;
// How often an alarm held back by the gate asks again.
constexpr qint64 GateRetryMs = 60 * 1000;

} // namespace

SilenceWatch::SilenceWatch(SilenceDetector::Options options, const Platform::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_detector(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SilenceWatch::checkNow);
}

void SilenceWatch::learnHistory(const QList<TimedArrival> &arrivals)
{
    m_detector.setLearningSuspended(false);
    for (const TimedArrival &arrival : arrivals)
        m_detector.addArrival(arrival.atMs, arrival.origin);
    m_detector.setLearningSuspended(m_learningSuspended);
    qCInfo(lcDetect) << "Learned" << arrivals.size() << "past arrivals;" << m_detector.model().weeklyTotal()
                     << "expected a week";
    rearm();
}

void SilenceWatch::recordArrival(const QDateTime &at, ArrivalOrigin origin)
{
    const std::optional<qint64> last = m_detector.lastArrival();
    const qint64 ms = at.toMSecsSinceEpoch();
    if (last && ms < *last)
        return; // arrivals reported out of order add nothing to the silence
    m_detector.addArrival(ms, origin);
    m_alarmRaised = false;
    rearm();
}

void SilenceWatch::setLearningSuspended(bool suspended)
{
    m_learningSuspended = suspended;
    m_detector.setLearningSuspended(suspended);
}

SilenceAssessment SilenceWatch::assessNow() const
{
    return m_detector.assess(m_clock.now().toMSecsSinceEpoch());
}

void SilenceWatch::checkNow()
{
    const SilenceAssessment assessment = assessNow();
    if (assessment.isAlarm() && !m_alarmRaised) {
        if (!canActAt(m_clock.now())) {
            m_timer.start(std::chrono::milliseconds(GateRetryMs));
            return;
        }
        m_alarmRaised = true;
        qCInfo(lcDetect) << "Silence alarm: score" << assessment.score << "threshold" << assessment.threshold << "after"
                         << assessment.silenceMs / 60000 << "minutes";
        Q_EMIT silenceAlarmRaised(SignalEvent::silenceAlarm(m_clock.now(), assessment.score, assessment.threshold));
    }
    rearm();
}

void SilenceWatch::rearm()
{
    m_timer.stop();
    if (m_alarmRaised || !m_detector.lastArrival())
        return;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const std::optional<qint64> due = m_detector.nextAlarmTime(now, now + LookAheadMs);
    const qint64 wait = due ? qBound<qint64>(0, *due - now, MaxTimerMs) : MaxTimerMs;
    m_timer.start(std::chrono::milliseconds(wait));
}

} // namespace Vigie::Detect
