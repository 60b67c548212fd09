#include "SilenceDetector.h"

#include "DetectLogging.h"

#include <QtGlobal>

#include <cmath>
#include <limits>

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
    , m_burstModel(m_options.weeklyRetention)
    , m_dispersion(m_options.dailyRetention)
    , m_burstSchedule(m_options.scheduleRetention)
    , m_budget(m_options.falseAlarmsPer90Days)
{ }

void SilenceDetector::addArrival(qint64 utcMs, ArrivalOrigin origin)
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
    // A silence is learned only once it is over, so that it is always judged against the
    // model as it stood when it began, and never learned at all if it turned out to be an
    // outage: the hours of an outage are not quiet hours of this mailbox.
    const qint64 arrivalHour = hourIndexOf(utcMs);
    for (bool openHour = true; m_hourIndex < arrivalHour; openHour = false)
        commitHour(openHour ? !m_hourExcluded : !m_silenceDiscarded);
    if (m_hourIndex == arrivalHour && arrivalHour * HourMs > m_lastArrivalMs)
        m_hourExcluded = m_hourExcluded || m_silenceDiscarded; // a new hour inside a discarded silence
    m_silenceDiscarded = m_learningSuspended;

    const bool bulk = origin == ArrivalOrigin::BulkSender;
    const qint64 gap = utcMs - m_lastArrivalMs;
    if (gap >= m_options.declusterMs) {
        (bulk ? m_hourBursts : m_hourEvents) += 1;
        m_lastEventIsBurst = bulk;
    } else if ((bulk || gap < m_options.burstMs) && !m_lastEventIsBurst && m_hourEvents >= 1) {
        m_hourEvents -= 1;
        m_hourBursts += 1;
        m_lastEventIsBurst = true;
    }
    m_lastArrivalMs = qMax(m_lastArrivalMs, utcMs);

    const qint64 hourStart = m_hourIndex * HourMs;
    const double elapsed = double(utcMs - hourStart) / double(HourMs);
    m_arrivalDay = m_day;
    m_arrivalDayEvents = m_dayEvents + m_hourEvents;
    const int hourOfWeek = m_localHour.at(hourStart).hourOfWeek;
    m_arrivalDayExpected = m_dayExpected + m_model.rate(hourOfWeek) * elapsed;
    m_arrivalLevel = m_dayLevel;
}

void SilenceDetector::setLearningSuspended(bool suspended)
{
    m_learningSuspended = suspended;
    // Suspending discards the silence under way; resuming (the outage is over) lets the
    // silence that starts now be learned again.
    m_silenceDiscarded = suspended;
    if (suspended)
        m_hourExcluded = true;
}

void SilenceDetector::commitHour(bool learn)
{
    const LocalHourInfo hour = m_localHour.at(m_hourIndex * HourMs);
    if (learn && !m_options.calendar.isClosed(hour.localDay)) {
        m_dayExpected += m_model.rate(hour.hourOfWeek);
        m_dayEvents += m_hourEvents;
        m_model.addHour(hour.hourOfWeek, m_hourEvents);
        m_burstModel.addHour(hour.hourOfWeek, m_hourBursts);
        m_burstSchedule.addHour(hour.hourOfWeek, m_hourBursts > 0);
    }
    ++m_hourIndex;
    m_hourEvents = 0;
    m_hourBursts = 0;
    m_lastEventIsBurst = true; // a burst never straddles an hour's commit
    m_hourExcluded = m_learningSuspended;
    if (m_localHour.localDay(m_hourIndex * HourMs) != m_day)
        closeDay();
}

void SilenceDetector::closeDay()
{
    if (m_dayExpected > 0) {
        if (m_hourIndex * HourMs - m_firstMs >= DispersionStartMs)
            m_dispersion.addDay(m_dayEvents, m_dayLevel * m_dayExpected);
        const double retention = std::exp2(-1.0 / qMax(0.1, m_options.levelHalfLifeDays));
        m_levelEvents = retention * m_levelEvents + m_dayEvents;
        m_levelExpected = retention * m_levelExpected + m_dayExpected;
    }
    m_dayLevel = level();
    qCDebug(lcDetect) << "Day" << m_day << "closed:" << m_dayEvents << "arrivals," << m_dayExpected
                      << "expected; dispersion shape" << m_dispersion.shape() << "level" << m_dayLevel;
    m_day = m_localHour.localDay(m_hourIndex * HourMs);
    m_dayEvents = 0;
    m_dayExpected = 0;
}

double SilenceDetector::level() const
{
    const double prior = m_options.levelPriorArrivals;
    return (m_levelEvents + prior) / (m_levelExpected + prior);
}

std::optional<qint64> SilenceDetector::lastArrival() const
{
    if (!m_started)
        return std::nullopt;
    return m_lastArrivalMs;
}

double SilenceDetector::surpriseThreshold() const
{
    return m_budget.surpriseThreshold(m_model.weeklyTotal() + m_burstModel.weeklyTotal());
}

double SilenceDetector::expectedBetween(qint64 fromMs, qint64 toMs) const
{
    double expected = 0;
    for (qint64 start = fromMs; start < toMs;) {
        const qint64 hourEnd = (hourIndexOf(start) + 1) * HourMs;
        const qint64 end = qMin(hourEnd, toMs);
        const LocalHourInfo hour = m_localHour.at(start);
        expected += (rateAt(hour, m_model) + rateAt(hour, m_burstModel)) * double(end - start) / double(HourMs);
        start = end;
    }
    return expected;
}

double SilenceDetector::rateAt(const LocalHourInfo &hour, const ArrivalRateModel &model) const
{
    return m_options.calendar.isClosed(hour.localDay) ? 0 : model.rate(hour.hourOfWeek);
}

SilenceDetector::Walk SilenceDetector::walkSilence(qint64 untilMs, double target) const
{
    // People: the day of the last arrival is judged with what it had brought by then; each
    // later day starts afresh from the spread of past days. Bursts: hour by hour against the
    // schedule of bulk senders, the hour of the last arrival only for what is left of it and
    // not at all if its burst already came.
    const double shape = m_dispersion.shape();
    const double level = m_arrivalLevel;
    SilenceOdds odds(shape + m_arrivalDayEvents, shape + level * m_arrivalDayExpected);
    qint64 day = m_arrivalDay;
    double finished = 0; // surprise of the days already behind, and of bursts missed so far
    double dayExpected = 0;
    Walk walk;
    for (qint64 start = m_lastArrivalMs; start < untilMs;) {
        const qint64 hourIndex = hourIndexOf(start);
        const qint64 end = qMin((hourIndex + 1) * HourMs, untilMs);
        const LocalHourInfo hour = m_localHour.at(start);
        if (hour.localDay != day) {
            finished += odds.surprise(level * dayExpected);
            odds = SilenceOdds(shape, shape);
            day = hour.localDay;
            dayExpected = 0;
        }
        const double rate = rateAt(hour, m_model);
        const double burstRate = rateAt(hour, m_burstModel);
        const bool burstDone = hourIndex == m_hourIndex && m_hourBursts > 0;
        const double burstChance =
            burstDone || burstRate <= 0 ? 0 : m_burstSchedule.burstChance(hour.hourOfWeek, burstRate);
        const double from = double(start - hourIndex * HourMs) / double(HourMs);
        auto surpriseAfter = [&](qint64 ms) {
            const double hours = double(ms) / double(HourMs);
            return finished + BurstSchedule::surprise(burstChance, from, from + hours)
                + odds.surprise(level * (dayExpected + rate * hours));
        };
        if (surpriseAfter(end - start) >= target) {
            // Monotone in time: bisect to the millisecond.
            qint64 low = 0, high = end - start;
            while (high - low > 1) {
                const qint64 middle = (low + high) / 2;
                (surpriseAfter(middle) >= target ? high : low) = middle;
            }
            walk.crossing = start + high;
            walk.surprise = surpriseAfter(high);
            walk.expected += (rate + burstRate) * double(high) / double(HourMs);
            return walk;
        }
        const double hours = double(end - start) / double(HourMs);
        finished += BurstSchedule::surprise(burstChance, from, from + hours);
        dayExpected += rate * hours;
        walk.expected += (rate + burstRate) * hours;
        start = end;
    }
    walk.surprise = finished + odds.surprise(level * dayExpected);
    return walk;
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
    const Walk walk = walkSilence(utcMs, std::numeric_limits<double>::infinity());
    result.expected = walk.expected;
    result.score = walk.surprise;
    result.threshold = surpriseThreshold();

    const LocalHourInfo hour = m_localHour.at(utcMs);
    const bool fixedDue =
        m_options.fixedSilenceHours > 0 && double(result.silenceMs) >= m_options.fixedSilenceHours * double(HourMs);
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

    const Walk walk = walkSilence(best.value_or(untilMs), surpriseThreshold());
    if (walk.crossing)
        consider(qMax(*walk.crossing, m_firstMs + qint64(m_options.warmUpDays) * DayMs));
    return best;
}

} // namespace Vigie::Detect
