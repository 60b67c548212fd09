#include "TraceGenerator.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <random>
#include <tuple>

namespace Vigie::Bench {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

std::array<double, 24> officeHours()
{
    return {0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.15, 0.5, 1.0, 1.4,  1.4, 1.3,
            0.8,  0.8,  1.2,  1.2,  1.1,  0.9,  0.6,  0.3, 0.2, 0.15, 0.1, 0.05};
}

std::array<double, 24> flatDay()
{
    return {0.05, 0.03, 0.02, 0.02, 0.02, 0.03, 0.1, 0.3, 0.6, 0.9, 1.0, 1.0,
            1.0,  1.0,  1.0,  1.0,  1.0,  1.0,  0.9, 0.8, 0.6, 0.4, 0.2, 0.1};
}

struct Newsletter
{
    int dayOfWeek; // 1..7, or 0 for every weekday
    int hour;
    double chance;
    int burst;
    bool listHeaders; // says it is bulk mail in its header
};

// Regular automated mail does not always carry list headers.
constexpr double ListHeadersChance = 0.8;

} // namespace

MailboxProfile MailboxProfile::busyShop()
{
    MailboxProfile profile;
    profile.name = QStringLiteral("busy shop");
    profile.weekdayArrivals = 220;
    profile.dayFactor = {1.15, 1.0, 1.0, 1.0, 0.95, 0.8, 0.45};
    profile.weekdayShape = flatDay();
    profile.weekendShape = flatDay();
    profile.dayNoiseShape = 10;
    profile.newsletterSources = 8;
    profile.maxBurst = 15;
    return profile;
}

MailboxProfile MailboxProfile::smallOffice()
{
    MailboxProfile profile;
    profile.name = QStringLiteral("small office");
    profile.weekdayArrivals = 12;
    profile.dayFactor = {1.2, 1.0, 1.0, 1.0, 0.85, 0.12, 0.08};
    profile.weekdayShape = officeHours();
    profile.weekendShape = flatDay();
    profile.dayNoiseShape = 5;
    profile.newsletterSources = 4;
    profile.maxBurst = 5;
    return profile;
}

MailboxProfile MailboxProfile::quietFreelancer()
{
    MailboxProfile profile;
    profile.name = QStringLiteral("quiet freelancer");
    profile.weekdayArrivals = 3;
    profile.dayFactor = {1.0, 1.0, 1.0, 1.0, 1.0, 0.35, 0.3};
    profile.weekdayShape = flatDay();
    profile.weekendShape = flatDay();
    profile.dayNoiseShape = 3;
    profile.newsletterSources = 3;
    profile.maxBurst = 3;
    return profile;
}

double Trace::rateAt(qint64 ms) const
{
    const qint64 index = (ms - startMs) / HourMs;
    if (ms < startMs || index >= qint64(hourlyRate.size()))
        return 0;
    return hourlyRate[size_t(index)];
}

double Trace::expectedBetween(qint64 fromMs, qint64 toMs) const
{
    double expected = 0;
    for (qint64 at = fromMs; at < toMs;) {
        const qint64 hourEnd = startMs + ((at - startMs) / HourMs + 1) * HourMs;
        const qint64 end = std::min(hourEnd, toMs);
        expected += rateAt(at) * double(end - at) / double(HourMs);
        at = end;
    }
    return expected;
}

QList<Detect::TimedArrival> Trace::timedArrivals(bool bulkSendersKnown) const
{
    QList<Detect::TimedArrival> arrivals;
    arrivals.reserve(arrivalsMs.size());
    for (qsizetype i = 0; i < arrivalsMs.size(); ++i)
        arrivals.append({arrivalsMs.at(i), Detect::originOf(bulkSendersKnown && fromBulkSender.at(i))});
    return arrivals;
}

TraceGenerator::TraceGenerator(MailboxProfile profile, QTimeZone zone)
    : m_profile(std::move(profile))
    , m_zone(std::move(zone))
{ }

Trace TraceGenerator::generate(quint64 seed, qint64 startMs, int days, int outages) const
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    Trace trace;
    trace.startMs = startMs;
    trace.endMs = startMs + qint64(days) * DayMs;

    QList<Newsletter> newsletters;
    for (int source = 0; source < m_profile.newsletterSources; ++source) {
        const bool daily = unit(random) < 0.5;
        newsletters.append({daily ? 0 : int(1 + unit(random) * 7), int(6 + unit(random) * 14), 0.7 + 0.3 * unit(random),
                            1 + int(unit(random) * m_profile.maxBurst), unit(random) < ListHeadersChance});
    }
    const double drift = (unit(random) * 2 - 1) * m_profile.maxDrift;
    std::gamma_distribution<double> dayNoise(m_profile.dayNoiseShape, 1.0 / m_profile.dayNoiseShape);
    std::vector<double> dayLevel(size_t(days + 2));
    for (double &level : dayLevel)
        level = dayNoise(random);
    std::vector<double> weekLevel(size_t(days / 7 + 2));
    for (double &level : weekLevel)
        level = unit(random) < m_profile.quietWeekChance ? 0.2 + 0.3 * unit(random) : 1.0;

    double shapeSum[2] = {0, 0};
    for (int hour = 0; hour < 24; ++hour) {
        shapeSum[0] += m_profile.weekdayShape[size_t(hour)];
        shapeSum[1] += m_profile.weekendShape[size_t(hour)];
    }

    QList<std::tuple<qint64, bool, bool>> arrivals; // time, is a burst's, says so in its header
    const qint64 hours = qint64(days) * 24;
    trace.hourlyRate.resize(size_t(hours));
    trace.meanPeopleRate.resize(size_t(hours));
    trace.burstChance.resize(size_t(hours));
    trace.dayNoiseShape = m_profile.dayNoiseShape;
    for (qint64 index = 0; index < hours; ++index) {
        const qint64 hourStart = startMs + index * HourMs;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(hourStart, Qt::UTC).toTimeZone(m_zone);
        const int dayOfWeek = local.date().dayOfWeek();
        const int hour = local.time().hour();
        const bool weekend = dayOfWeek >= 6;
        const qint64 dayIndex = (hourStart - startMs) / DayMs;
        const double shape =
            (weekend ? m_profile.weekendShape : m_profile.weekdayShape)[size_t(hour)] / shapeSum[weekend ? 1 : 0];
        const double trend = std::exp(drift * double(index) / double(hours));
        const double mean = m_profile.weekdayArrivals * m_profile.dayFactor[size_t(dayOfWeek - 1)] * shape * trend;
        const double ordinary = mean * dayLevel[size_t(dayIndex)] * weekLevel[size_t(dayIndex / 7)];
        trace.meanPeopleRate[size_t(index)] = mean;
        double rate = ordinary;
        std::poisson_distribution<int> count(ordinary);
        for (int n = count(random); n > 0; --n)
            arrivals.append({hourStart + qint64(unit(random) * double(HourMs)), false, false});
        for (const Newsletter &letter : std::as_const(newsletters)) {
            const bool due = letter.dayOfWeek == 0 ? !weekend : letter.dayOfWeek == dayOfWeek;
            if (!due || letter.hour != hour)
                continue;
            rate += letter.chance;
            trace.burstChance[size_t(index)] += letter.chance;
            if (unit(random) >= letter.chance)
                continue;
            qint64 at = hourStart + qint64(unit(random) * double(HourMs - 120000));
            for (int message = 0; message < letter.burst; ++message) {
                arrivals.append({at, true, letter.listHeaders});
                at += qint64(1000 + unit(random) * 5000);
            }
        }
        trace.hourlyRate[size_t(index)] = rate;
    }

    // Outages of one to seven days, starting at any minute once three weeks are learned.
    const qint64 earliest = startMs + 21 * DayMs;
    for (int attempt = 0; trace.outages.size() < outages && attempt < 1000; ++attempt) {
        const qint64 length = qint64((1 + 6 * unit(random)) * double(DayMs));
        const qint64 latest = trace.endMs - length - DayMs;
        if (latest <= earliest)
            break;
        const qint64 start = earliest + qint64(unit(random) * double(latest - earliest)) / 60000 * 60000;
        const bool overlaps = std::any_of(trace.outages.cbegin(), trace.outages.cend(), [&](const Trace::Outage &o) {
            return start < o.endMs + 2 * DayMs && o.startMs < start + length + 2 * DayMs;
        });
        if (!overlaps)
            trace.outages.append({start, start + length});
    }
    std::sort(trace.outages.begin(), trace.outages.end(),
              [](const Trace::Outage &a, const Trace::Outage &b) { return a.startMs < b.startMs; });
    std::sort(arrivals.begin(), arrivals.end());
    for (const auto &[at, burst, bulk] : std::as_const(arrivals)) {
        const bool lost = std::any_of(trace.outages.cbegin(), trace.outages.cend(),
                                      [at](const Trace::Outage &o) { return at >= o.startMs && at < o.endMs; });
        if (lost)
            continue;
        trace.arrivalsMs.append(at);
        trace.fromBulkSender.append(bulk);
        if (!burst)
            trace.peopleArrivalsMs.append(at);
    }
    return trace;
}

} // namespace Vigie::Bench
