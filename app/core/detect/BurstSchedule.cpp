#include "BurstSchedule.h"

#include <QtGlobal>

#include <cmath>

namespace Vigie::Detect {

BurstSchedule::BurstSchedule(double weeklyRetention)
    : m_retention(qBound(0.0, weeklyRetention, 1.0))
{ }

void BurstSchedule::addHour(int hourOfWeek, bool hadBurst)
{
    if (hourOfWeek < 0 || hourOfWeek >= HoursPerWeek)
        return;
    const auto bin = std::size_t(hourOfWeek);
    // One observation of a bin a week: forgetting per observation is forgetting per week.
    m_hits[bin] = m_retention * m_hits[bin] + (hadBurst ? 1 : 0);
    m_hours[bin] = m_retention * m_hours[bin] + 1;
}

double BurstSchedule::burstChance(int hourOfWeek, double poissonRate) const
{
    const double prior = -std::expm1(-qMax(0.0, poissonRate));
    if (hourOfWeek < 0 || hourOfWeek >= HoursPerWeek)
        return prior;
    const auto bin = std::size_t(hourOfWeek);
    return (m_hits[bin] + PriorHours * prior) / (m_hours[bin] + PriorHours);
}

double BurstSchedule::surprise(double chance, double from, double to)
{
    const double p = qBound(0.0, chance, 1.0);
    const double before = 1 - p * qBound(0.0, from, 1.0);
    const double after = 1 - p * qBound(0.0, to, 1.0);
    if (before <= 0)
        return 0;
    // The prior keeps chance below one whenever the rate model is finite; the floor only
    // guards against an infinite score.
    return qMax(0.0, std::log(before) - std::log(qMax(after, 1e-9)));
}

} // namespace Vigie::Detect
