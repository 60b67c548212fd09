#include "FalseAlarmBudget.h"

#include <QtGlobal>

#include <cmath>

namespace Vigie::Detect {

namespace {

constexpr double WeeksPer90Days = 90.0 / 7.0;
// Below this many expected arrivals per false alarm allowed, a silence can never be surprising
// enough to mean anything; the floor keeps the threshold meaningful for nearly dead mailboxes.
constexpr double MinimumThreshold = 1.0;

} // namespace

FalseAlarmBudget::FalseAlarmBudget(double falseAlarmsPer90Days)
    : m_per90Days(qMax(falseAlarmsPer90Days, 1e-3))
{ }

double FalseAlarmBudget::surpriseThreshold(double weeklyArrivals) const
{
    const double arrivalsPer90Days = qMax(0.0, weeklyArrivals) * WeeksPer90Days;
    return qMax(MinimumThreshold, std::log(arrivalsPer90Days / m_per90Days));
}

} // namespace Vigie::Detect
