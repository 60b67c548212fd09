#include "Baselines.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Vigie::Bench {

namespace {

constexpr qint64 HourMs = 3600 * 1000;

template<typename Visit> void forEachSilence(const Trace &trace, Visit visit)
{
    for (qsizetype i = 0; i < trace.arrivalsMs.size(); ++i) {
        const qint64 next = i + 1 < trace.arrivalsMs.size() ? trace.arrivalsMs.at(i + 1) : trace.endMs;
        visit(trace.arrivalsMs.at(i), next);
    }
}

} // namespace

QList<qint64> Baselines::oracleAlarms(const Trace &trace, double falseAlarmsPer90Days)
{
    const double total = std::accumulate(trace.hourlyRate.cbegin(), trace.hourlyRate.cend(), 0.0);
    const double days = double(trace.endMs - trace.startMs) / double(24 * HourMs);
    const double threshold = std::log(total * 90.0 / days / falseAlarmsPer90Days);
    QList<qint64> alarms;
    forEachSilence(trace, [&](qint64 from, qint64 next) {
        double expected = 0;
        for (qint64 at = from; at < next;) {
            const qint64 hourEnd = trace.startMs + ((at - trace.startMs) / HourMs + 1) * HourMs;
            const qint64 end = std::min(hourEnd, next);
            const double rate = trace.rateAt(at);
            const double gained = rate * double(end - at) / double(HourMs);
            if (rate > 0 && expected + gained >= threshold) {
                alarms.append(at + qint64(std::ceil((threshold - expected) / rate * double(HourMs))));
                return;
            }
            expected += gained;
            at = end;
        }
    });
    return alarms;
}

QList<qint64> Baselines::fixedWindowAlarms(const Trace &trace, qint64 windowMs)
{
    QList<qint64> alarms;
    forEachSilence(trace, [&](qint64 from, qint64 next) {
        if (from + windowMs < next)
            alarms.append(from + windowMs);
    });
    return alarms;
}

} // namespace Vigie::Bench
