#include "ArrivalRateModel.h"

#include <QtGlobal>

#include <numeric>

namespace Vigie::Detect {

namespace {

constexpr int Groups = 48;
// Pseudo-hours of the day-kind prior toward the global rate: a weekday/weekend split is
// worth believing only once a couple of days of each have been seen.
constexpr double DayKindPriorHours = 24;
constexpr double HourPriorArrivals = 0.5;
constexpr double GroupPriorArrivals = 1.0;
constexpr double MinPriorHours = 0.25;
constexpr double MaxPriorHours = 50;
constexpr double RateFloor = 1e-6;

struct Member
{
    double count;
    double exposure;
    double priorMean;
};

// Method-of-moments estimate of the squared coefficient of variation of the true rates
// around their prior means, net of Poisson noise; shared across groups so that thin groups
// borrow the estimate of busy ones.
template<typename Members> double excessVariation(const Members &members)
{
    double numerator = 0;
    double denominator = 0;
    for (const Member &member : members) {
        if (member.exposure <= 0 || member.priorMean <= 0)
            continue;
        const double residual = member.count - member.exposure * member.priorMean;
        numerator += residual * residual / member.exposure - member.priorMean;
        denominator += member.exposure * member.priorMean * member.priorMean;
    }
    if (denominator <= 0)
        return 0;
    return qMax(0.0, numerator / denominator);
}

double priorHours(double cv2, double priorMean)
{
    if (cv2 <= 0 || priorMean <= 0)
        return MaxPriorHours;
    return qBound(MinPriorHours, 1.0 / (cv2 * priorMean), MaxPriorHours);
}

} // namespace

ArrivalRateModel::ArrivalRateModel(double weeklyRetention)
    : m_retention(qBound(0.0, weeklyRetention, 1.0))
{ }

int ArrivalRateModel::groupOf(int hourOfWeek)
{
    const bool weekend = hourOfWeek >= 5 * 24;
    return (weekend ? 24 : 0) + hourOfWeek % 24;
}

void ArrivalRateModel::addHour(int hourOfWeek, double arrivals)
{
    const auto bin = size_t(qBound(0, hourOfWeek, HoursPerWeek - 1));
    m_count[bin] = m_retention * m_count[bin] + arrivals;
    m_exposure[bin] = m_retention * m_exposure[bin] + 1;
    m_dirty = true;
}

double ArrivalRateModel::totalExposure() const
{
    return std::accumulate(m_exposure.cbegin(), m_exposure.cend(), 0.0);
}

void ArrivalRateModel::refresh() const
{
    if (!m_dirty)
        return;
    m_dirty = false;

    std::array<double, Groups> groupCount{};
    std::array<double, Groups> groupExposure{};
    std::array<double, 2> kindCount{};
    std::array<double, 2> kindExposure{};
    for (int bin = 0; bin < HoursPerWeek; ++bin) {
        const int group = groupOf(bin);
        groupCount[size_t(group)] += m_count[size_t(bin)];
        groupExposure[size_t(group)] += m_exposure[size_t(bin)];
        kindCount[size_t(group / 24)] += m_count[size_t(bin)];
        kindExposure[size_t(group / 24)] += m_exposure[size_t(bin)];
    }
    const double totalCount = kindCount[0] + kindCount[1];
    const double exposure = kindExposure[0] + kindExposure[1];
    m_globalRate = exposure > 0 ? totalCount / exposure : 0;
    if (m_globalRate <= 0) {
        m_rate.fill(RateFloor);
        return;
    }

    // The hour of day pooled over the whole week, with only a whisper of prior: nights and
    // office hours differ by two orders of magnitude, and a prior at the global mean would
    // lift every night toward the afternoon.
    std::array<double, 24> hourRate{};
    for (size_t hour = 0; hour < 24; ++hour) {
        const double count = groupCount[hour] + groupCount[hour + 24];
        const double hours = groupExposure[hour] + groupExposure[hour + 24];
        hourRate[hour] = (count + HourPriorArrivals) / (hours + HourPriorArrivals / m_globalRate);
    }
    // Weekends are quieter (or busier) as a whole than weekdays.
    std::array<double, 2> kindFactor{};
    for (size_t kind = 0; kind < 2; ++kind) {
        const double rate =
            (kindCount[kind] + DayKindPriorHours * m_globalRate) / (kindExposure[kind] + DayKindPriorHours);
        kindFactor[kind] = rate / m_globalRate;
    }

    // Weekend days have a shape of their own (no office hours), so the hour on a kind of day
    // leans on the hour over the week, scaled, only by a single arrival's worth of belief.
    std::array<double, Groups> groupRate{};
    for (size_t group = 0; group < Groups; ++group) {
        const double prior = hourRate[group % 24] * kindFactor[group / 24];
        groupRate[group] =
            (groupCount[group] + GroupPriorArrivals) / (groupExposure[group] + GroupPriorArrivals / prior);
    }

    std::array<Member, HoursPerWeek> bins{};
    for (int bin = 0; bin < HoursPerWeek; ++bin)
        bins[size_t(bin)] = {m_count[size_t(bin)], m_exposure[size_t(bin)], groupRate[size_t(groupOf(bin))]};
    const double binCv2 = excessVariation(bins);
    for (size_t bin = 0; bin < HoursPerWeek; ++bin) {
        const double prior = bins[bin].priorMean;
        const double strength = priorHours(binCv2, prior);
        m_rate[bin] = qMax(RateFloor, (m_count[bin] + strength * prior) / (m_exposure[bin] + strength));
    }
}

double ArrivalRateModel::rate(int hourOfWeek) const
{
    refresh();
    return m_rate[size_t(qBound(0, hourOfWeek, HoursPerWeek - 1))];
}

double ArrivalRateModel::weeklyTotal() const
{
    refresh();
    return std::accumulate(m_rate.cbegin(), m_rate.cend(), 0.0);
}

double ArrivalRateModel::globalRate() const
{
    refresh();
    return m_globalRate;
}

} // namespace Vigie::Detect
