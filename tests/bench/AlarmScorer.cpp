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
    qint64 watchedMs = m_trace.endMs - m_evaluateFromMs;
    for (const Trace::Outage &outage : m_trace.outages)
        watchedMs -= outage.endMs - outage.startMs;
    result.watchedDays = double(watchedMs) / double(24 * 3600 * 1000);

    for (const qint64 alarm : alarms) {
        bool detection = false;
        for (qsizetype i = 0; i < m_trace.outages.size(); ++i) {
            const Trace::Outage &outage = m_trace.outages.at(i);
            if (alarm >= outage.startMs && alarm < outage.endMs) {
                detection = true;
                if (!result.delays[i])
                    result.delays[i] = alarm - outage.startMs;
                continue;
            }
            // Raised before the outage, in the silence it began in: the alarm was already on
            // when mail stopped (and still a false alarm when it was raised).
            const auto next = std::upper_bound(m_trace.arrivalsMs.cbegin(), m_trace.arrivalsMs.cend(), alarm);
            if (alarm < outage.startMs && (next == m_trace.arrivalsMs.cend() || *next >= outage.startMs)
                && !result.delays[i])
                result.delays[i] = 0;
        }
        if (!detection && alarm >= m_evaluateFromMs)
            ++result.falseAlarms;
    }
    return result;
}

} // namespace Vigie::Bench
