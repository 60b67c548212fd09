#include "LocalHour.h"

#include <QDateTime>

#include <limits>

namespace Vigie::Detect {

namespace {

constexpr qint64 DayMs = 24 * LocalHour::HourMs;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    qint64 quotient = value / divisor;
    if ((value % divisor) != 0 && ((value < 0) != (divisor < 0)))
        --quotient;
    return quotient;
}

} // namespace

LocalHour::LocalHour(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
{ }

qint64 LocalHour::offsetMs(qint64 utcMs) const
{
    if (utcMs >= m_validFrom && utcMs < m_validUntil)
        return m_offsetMs;
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    m_offsetMs = qint64(m_zone.offsetFromUtc(instant)) * 1000;
    // Only cache forwards: a transition exactly at utcMs is already reflected in the offset.
    m_validFrom = utcMs;
    m_validUntil = std::numeric_limits<qint64>::max();
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData next = m_zone.nextTransition(instant);
        if (next.atUtc.isValid())
            m_validUntil = next.atUtc.toMSecsSinceEpoch();
    }
    return m_offsetMs;
}

LocalHourInfo LocalHour::at(qint64 utcMs) const
{
    const qint64 local = utcMs + offsetMs(utcMs);
    const qint64 day = floorDiv(local, DayMs);
    const int hour = int(floorDiv(local - day * DayMs, HourMs));
    // 1970-01-01 was a Thursday: ISO day 4.
    const int dayOfWeek = int(((day % 7) + 7 + 3) % 7) + 1;
    return {(dayOfWeek - 1) * 24 + hour, hour, dayOfWeek, day};
}

qint64 LocalHour::localDay(qint64 utcMs) const
{
    return floorDiv(utcMs + offsetMs(utcMs), DayMs);
}

} // namespace Vigie::Detect
