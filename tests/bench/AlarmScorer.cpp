#include "AlarmScorer.h"

#include <algorithm>

namespace Vigie::Bench {

AlarmScorer::AlarmScorer(const Trace &trace, qint64 evaluateFromMs)
    : m_trace(trace)
    , m_evaluateFromMs(evaluateFromMs)
{ }

AlarmScorer::Score AlarmScorer::score(const QList<qint64> &alarms) const
{
    Score result;
    result.delays.resize(m_trace.outages.size());
    result.lateDelays.resize(m_trace.outages.size());
    qint64 watchedMs = m_trace.endMs - m_evaluateFromMs;
    for (const Trace::Outage &outage : m_trace.outages)
        watchedMs -= outage.endMs - outage.startMs;
    result.watchedDays = double(watchedMs) / double(24 * 3600 * 1000);

    for (const qint64 alarm : alarms) {
        const auto next = std::upper_bound(m_trace.arrivalsMs.cbegin(), m_trace.arrivalsMs.cend(), alarm);
        const std::optional<qint64> silenceStart =
            next == m_trace.arrivalsMs.cbegin() ? std::nullopt : std::optional<qint64>(*(next - 1));
        const qint64 silenceEnd = next == m_trace.arrivalsMs.cend() ? m_trace.endMs : *next;
        bool explained = false;
        for (qsizetype i = 0; i < m_trace.outages.size(); ++i) {
            const Trace::Outage &outage = m_trace.outages.at(i);
            if (alarm >= outage.startMs && alarm < outage.endMs) {
                explained = true;
                if (!result.delays[i])
                    result.delays[i] = alarm - outage.startMs;
                continue;
            }
            const bool sameSilence =
                silenceStart.value_or(m_trace.startMs) < outage.startMs && silenceEnd >= outage.endMs;
            if (!sameSilence)
                continue;
            if (alarm < outage.startMs) {
                // Raised before the outage, in the silence it began in: the alarm was already on
                // when mail stopped (and still a false alarm when it was raised).
                if (!result.delays[i])
                    result.delays[i] = 0;
            } else {
                explained = true;
                if (!result.lateDelays[i])
                    result.lateDelays[i] = alarm - outage.startMs;
            }
        }
        if (!explained && alarm >= m_evaluateFromMs)
            ++result.falseAlarms;
    }
    return result;
}

} // namespace Vigie::Bench
