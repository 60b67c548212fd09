#include "Baselines.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

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

constexpr qint64 DayMs = 24 * HourMs;

// The silence after one arrival, under the generator's law, walked hour by hour.
class InformedSilence
{
public:
    InformedSilence(const Trace &trace, qint64 fromMs)
        : m_trace(trace)
        , m_fromMs(fromMs)
    {
        const qint64 dayStart = trace.startMs + (fromMs - trace.startMs) / DayMs * DayMs;
        const auto &people = trace.peopleArrivalsMs;
        const auto seen = std::upper_bound(people.cbegin(), people.cend(), fromMs)
            - std::lower_bound(people.cbegin(), people.cend(), dayStart);
        const double shape = trace.dayNoiseShape;
        m_shape = shape + double(seen);
        m_scale = shape + meanPeople(dayStart, fromMs);
    }

    std::optional<qint64> crossing(qint64 untilMs, double threshold)
    {
        double finished = 0; // days behind and bursts missed
        double today = 0; // people's mean since the silence began, this day
        for (qint64 at = m_fromMs; at < untilMs;) {
            const qint64 hour = (at - m_trace.startMs) / HourMs;
            const qint64 hourEnd = m_trace.startMs + (hour + 1) * HourMs;
            const qint64 end = std::min(hourEnd, untilMs);
            if (at > m_fromMs && (at - m_trace.startMs) % DayMs == 0) {
                finished += m_shape * std::log1p(today / m_scale);
                m_shape = m_scale = m_trace.dayNoiseShape;
                today = 0;
            }
            const double rate = m_trace.meanPeopleRate[size_t(hour)];
            auto surpriseAt = [&](qint64 ms) {
                return finished + m_shape * std::log1p((today + rate * double(ms - at) / HourMs) / m_scale);
            };
            if (surpriseAt(end) >= threshold) {
                qint64 low = at, high = end;
                while (high - low > 1000) {
                    const qint64 middle = (low + high) / 2;
                    (surpriseAt(middle) >= threshold ? high : low) = middle;
                }
                return high;
            }
            today += rate * double(end - at) / HourMs;
            // A burst due in an hour that began after the last arrival, and did not come.
            if (end == hourEnd && hourEnd - HourMs >= m_fromMs) {
                finished -= std::log1p(-std::min(0.999, m_trace.burstChance[size_t(hour)]));
                if (finished >= threshold)
                    return end;
            }
            at = end;
        }
        return std::nullopt;
    }

private:
    double meanPeople(qint64 fromMs, qint64 toMs) const
    {
        double mean = 0;
        for (qint64 at = fromMs; at < toMs;) {
            const qint64 hour = (at - m_trace.startMs) / HourMs;
            const qint64 end = std::min(m_trace.startMs + (hour + 1) * HourMs, toMs);
            mean += m_trace.meanPeopleRate[size_t(hour)] * double(end - at) / HourMs;
            at = end;
        }
        return mean;
    }

    const Trace &m_trace;
    qint64 m_fromMs;
    double m_shape = 1;
    double m_scale = 1;
};

} // namespace

QList<qint64> Baselines::informedAlarms(const Trace &trace, double surpriseThreshold)
{
    QList<qint64> alarms;
    forEachSilence(trace, [&](qint64 from, qint64 next) {
        if (const std::optional<qint64> at = InformedSilence(trace, from).crossing(next, surpriseThreshold))
            alarms.append(*at);
    });
    return alarms;
}

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
