#include "SilenceDetector.h"

#include <QtGlobal>

#include <cmath>

namespace Vigie::Detect {

namespace {

constexpr qint64 HourMs = LocalHour::HourMs;
constexpr qint64 DayMs = 24 * HourMs;
// The dispersion estimate only starts once the rate model has a week behind it; before, every
// day looks "surprising" merely because the profile is still being learned.
constexpr qint64 DispersionStartMs = 7 * DayMs;

qint64 hourIndexOf(qint64 utcMs)
{
    return utcMs >= 0 ? utcMs / HourMs : (utcMs - HourMs + 1) / HourMs;
}

} // namespace

SilenceDetector::SilenceDetector(Options options)
    : m_options(std::move(options))
    , m_localHour(m_options.timeZone)
    , m_model(m_options.weeklyRetention)
    , m_dispersion(m_options.dailyRetention)
    , m_budget(m_options.falseAlarmsPer90Days)
    , m_recentRetention(std::exp2(-1.0 / qMax(0.1, m_options.recentHalfLifeHours)))
{
}

void SilenceDetector::addArrival(qint64 utcMs)
{
    if (!m_started) {
        m_started = true;
        m_firstMs = utcMs;
        m_lastArrivalMs = utcMs - m_options.declusterMs;
        m_hourIndex = hourIndexOf(utcMs);
        // Data starts mid-hour: that hour was not watched whole, so it teaches nothing.
        m_hourExcluded = true;
        m_day = m_localHour.localDay(utcMs);
    }
    advanceTo(utcMs);
    if (utcMs - m_lastArrivalMs >= m_options.declusterMs)
        m_hourEvents += 1;
    m_lastArrivalMs = qMax(m_lastArrivalMs, utcMs);

    const qint64 hourStart = m_hourIndex * HourMs;
    const double elapsed = double(utcMs - hourStart) / double(HourMs);
    m_atArrivalEvents = m_recentEvents + m_hourEvents;
    m_atArrivalExpected = m_recentExpected + m_model.rate(m_localHour.at(hourStart).hourOfWeek) * elapsed;
}

void SilenceDetector::advanceTo(qint64 utcMs)
{
    if (!m_started)
        return;
    while (utcMs >= nextHourBoundary())
        commitHour();
}

void SilenceDetector::setLearningSuspended(bool suspended)
{
    m_learningSuspended = suspended;
    if (suspended)
        m_hourExcluded = true;
}

void SilenceDetector::commitHour()
{
    const qint64 hourStart = m_hourIndex * HourMs;
    const LocalHourInfo hour = m_localHour.at(hourStart);
    const bool closed = m_options.calendar.isClosed(hour.localDay);
    const double expected = m_model.rate(hour.hourOfWeek);

    if (hour.localDay != m_day) {
        if (hourStart - m_firstMs >= DispersionStartMs)
            m_dispersion.addDay(m_dayEvents, m_dayExpected);
        m_day = hour.localDay;
        m_dayEvents = 0;
        m_dayExpected = 0;
    }
    const bool learned = !closed && !m_hourExcluded;
    if (learned) {
        m_model.addHour(hour.hourOfWeek, m_hourEvents);
        m_dayEvents += m_hourEvents;
        m_dayExpected += expected;
    }
    m_recentEvents = m_recentRetention * m_recentEvents + (learned ? m_hourEvents : 0);
    m_recentExpected = m_recentRetention * m_recentExpected + (learned ? expected : 0);

    ++m_hourIndex;
    m_hourEvents = 0;
    m_hourExcluded = m_learningSuspended;
}

std::optional<qint64> SilenceDetector::lastArrival() const
{
    if (!m_started)
        return std::nullopt;
    return m_lastArrivalMs;
}

double SilenceDetector::surpriseThreshold() const
{
    return m_budget.surpriseThreshold(m_model.weeklyTotal());
}

SilenceOdds SilenceDetector::currentOdds() const
{
    const double shape = m_dispersion.shape();
    return SilenceOdds(shape + m_atArrivalEvents, shape + m_atArrivalExpected);
}

double SilenceDetector::expectedBetween(qint64 fromMs, qint64 toMs) const
{
    double expected = 0;
    for (qint64 start = fromMs; start < toMs;) {
        const qint64 hourEnd = (hourIndexOf(start) + 1) * HourMs;
        const qint64 end = qMin(hourEnd, toMs);
        const LocalHourInfo hour = m_localHour.at(start);
        if (!m_options.calendar.isClosed(hour.localDay))
            expected += m_model.rate(hour.hourOfWeek) * double(end - start) / double(HourMs);
        start = end;
    }
    return expected;
}

bool SilenceDetector::isWarm(qint64 utcMs) const
{
    return utcMs - m_firstMs >= qint64(m_options.warmUpDays) * DayMs;
}

bool SilenceDetector::alarmAllowed(const LocalHourInfo &hour) const
{
    return !m_options.calendar.isClosed(hour.localDay)
           && m_options.calendar.isBusinessHour(hour.dayOfWeek, hour.hourOfDay);
}

SilenceAssessment SilenceDetector::assess(qint64 utcMs) const
{
    SilenceAssessment result;
    if (!m_started)
        return result;
    result.silenceMs = qMax<qint64>(0, utcMs - m_lastArrivalMs);
    result.expected = expectedBetween(m_lastArrivalMs, utcMs);
    result.score = currentOdds().surprise(result.expected);
    result.threshold = surpriseThreshold();

    const LocalHourInfo hour = m_localHour.at(utcMs);
    const bool fixedDue = m_options.fixedSilenceHours > 0
                          && double(result.silenceMs) >= m_options.fixedSilenceHours * double(HourMs);
    const bool learnedDue = result.score >= result.threshold;
    if (!learnedDue && !fixedDue)
        result.reason = SilenceAssessment::Reason::Expected;
    else if (m_options.calendar.isClosed(hour.localDay))
        result.reason = SilenceAssessment::Reason::Closed;
    else if (!m_options.calendar.isBusinessHour(hour.dayOfWeek, hour.hourOfDay))
        result.reason = SilenceAssessment::Reason::OutsideBusinessHours;
    else if (learnedDue && isWarm(utcMs))
        result.reason = SilenceAssessment::Reason::Learned;
    else if (fixedDue)
        result.reason = SilenceAssessment::Reason::FixedWindow;
    else
        result.reason = SilenceAssessment::Reason::WarmingUp;
    return result;
}

std::optional<qint64> SilenceDetector::firstAllowed(qint64 fromMs, qint64 untilMs) const
{
    for (qint64 start = fromMs; start < untilMs; start = (hourIndexOf(start) + 1) * HourMs) {
        if (alarmAllowed(m_localHour.at(start)))
            return start;
    }
    return std::nullopt;
}

std::optional<qint64> SilenceDetector::nextAlarmTime(qint64 fromMs, qint64 untilMs) const
{
    if (!m_started || fromMs >= untilMs)
        return std::nullopt;
    std::optional<qint64> best;
    auto consider = [&](qint64 dueMs) {
        const std::optional<qint64> allowed = firstAllowed(qMax(dueMs, fromMs), best.value_or(untilMs));
        if (allowed)
            best = allowed;
    };

    if (m_options.fixedSilenceHours > 0)
        consider(m_lastArrivalMs + qint64(std::ceil(m_options.fixedSilenceHours * double(HourMs))));

    const double needed = currentOdds().expectedForSurprise(surpriseThreshold());
    double expected = 0;
    for (qint64 start = m_lastArrivalMs; start < best.value_or(untilMs);) {
        const qint64 end = qMin((hourIndexOf(start) + 1) * HourMs, untilMs);
        const LocalHourInfo hour = m_localHour.at(start);
        const double rate = m_options.calendar.isClosed(hour.localDay) ? 0 : m_model.rate(hour.hourOfWeek);
        const double gained = rate * double(end - start) / double(HourMs);
        if (rate > 0 && expected + gained >= needed) {
            const qint64 crossing = start + qint64(std::ceil((needed - expected) / rate * double(HourMs)));
            const qint64 warmFrom = m_firstMs + qint64(m_options.warmUpDays) * DayMs;
            consider(qMax(qMin(crossing, end), warmFrom));
            break;
        }
        expected += gained;
        start = end;
    }
    return best;
}

} // namespace Vigie::Detect
