#include "SilenceReplay.h"

#include "DetectLogging.h"
#include "IncidentStateMachine.h"

#include "platform/Clock.h"

namespace Vigie::Detect {

SilenceReplay::SilenceReplay(SilenceDetector::Options options)
    : m_options(std::move(options))
{ }

QList<SilenceReplay::Step> SilenceReplay::run(const QList<TimedArrival> &arrivals) const
{
    QList<Step> steps;
    if (arrivals.isEmpty())
        return steps;

    Platform::ManualClock clock(QDateTime::fromMSecsSinceEpoch(arrivals.constFirst().atMs, Qt::UTC));
    IncidentStateMachine::Options machineOptions;
    machineOptions.probesEnabled = false;
    IncidentStateMachine machine(machineOptions, clock, IncidentRecorder());
    SilenceDetector detector(m_options);

    double silenceEnded = 0; // the surprise of the silence an arrival just ended
    QObject::connect(&machine, &IncidentStateMachine::stateChanged, &machine,
                     [&](IncidentState, IncidentState to, const SignalEvent &cause) {
                         // Hours under an open outage are not quiet hours to learn from.
                         detector.setLearningSuspended(to != IncidentState::Healthy);
                         const bool silence = cause.kind == SignalEvent::Kind::SilenceAlarm;
                         steps.append({cause.at.toMSecsSinceEpoch(), to,
                                       silence ? QStringLiteral("silence") : QStringLiteral("arrival"),
                                       silence ? cause.score : silenceEnded});
                     });

    for (const auto &[arrival, origin] : arrivals) {
        // Nothing is learned during a silence, so one look ahead of the last arrival finds the
        // alarm; the next arrival only bounds the search, it is not seen.
        if (machine.state() == IncidentState::Healthy) {
            const qint64 now = clock.now().toMSecsSinceEpoch();
            if (const std::optional<qint64> alarm = detector.nextAlarmTime(now, arrival)) {
                const SilenceAssessment assessment = detector.assess(*alarm);
                qCDebug(lcDetect) << "Silence alarm at" << QDateTime::fromMSecsSinceEpoch(*alarm, Qt::UTC) << "expected"
                                  << assessment.expected << "score" << assessment.score << "threshold"
                                  << assessment.threshold << "dispersion shape" << detector.dispersion().shape()
                                  << "level" << detector.level();
                clock.setNow(QDateTime::fromMSecsSinceEpoch(*alarm, Qt::UTC));
                machine.handle(SignalEvent::silenceAlarm(clock.now(), assessment.score, assessment.threshold));
            }
        }
        silenceEnded = detector.assess(arrival).score;
        detector.addArrival(arrival, origin);
        clock.setNow(QDateTime::fromMSecsSinceEpoch(arrival, Qt::UTC));
        machine.handle(SignalEvent::mailArrived(clock.now()));
    }
    return steps;
}

} // namespace Vigie::Detect
