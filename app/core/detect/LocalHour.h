#pragma once

#include <QTimeZone>

namespace Vigie::Detect {

// Where a UTC hour falls on the owner's local calendar: mail follows office hours, so the
// arrival model is indexed by local hour of week, and must stay right across DST changes.
struct LocalHourInfo
{
    int hourOfWeek = 0; // 0 = Monday 00:00-01:00 local, 167 = Sunday 23:00-24:00
    int hourOfDay = 0;
    int dayOfWeek = 1; // 1 = Monday ... 7 = Sunday, as QDate::dayOfWeek()
    qint64 localDay = 0; // days since 1970-01-01 on the local calendar

    bool isWeekend() const { return dayOfWeek >= 6; }
    bool operator==(const LocalHourInfo &) const = default;
};

// Maps instants to local hours in a time zone. Caches the UTC offset until the zone's next
// transition, so replaying months of arrivals costs a handful of time-zone look-ups.
class LocalHour
{
public:
    static constexpr qint64 HourMs = 3600 * 1000;

    explicit LocalHour(QTimeZone zone = QTimeZone::utc());

    const QTimeZone &timeZone() const { return m_zone; }
    LocalHourInfo at(qint64 utcMs) const;
    // The local calendar date of an instant.
    qint64 localDay(qint64 utcMs) const;

private:
    qint64 offsetMs(qint64 utcMs) const;

    QTimeZone m_zone;
    mutable qint64 m_validFrom = 0;
    mutable qint64 m_validUntil = -1;
    mutable qint64 m_offsetMs = 0;
};

} // namespace Vigie::Detect
