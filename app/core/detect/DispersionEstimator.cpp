#include "DispersionEstimator.h"

#include <QtGlobal>

namespace Vigie::Detect {

DispersionEstimator::DispersionEstimator(double dailyRetention, double minimumDays)
    : m_retention(dailyRetention)
    , m_minimumDays(minimumDays)
{
}

void DispersionEstimator::addDay(double arrivals, double expected)
{
    if (expected <= 0)
        return;
    const double residual = arrivals - expected;
    m_excess = m_retention * m_excess + residual * residual - expected;
    m_scale = m_retention * m_scale + expected * expected;
    m_days = m_retention * m_days + 1;
}

double DispersionEstimator::shape() const
{
    if (m_days < m_minimumDays || m_scale <= 0)
        return DefaultShape;
    if (m_excess <= 0)
        return MaxShape;
    return qBound(MinShape, m_scale / m_excess, MaxShape);
}

} // namespace Vigie::Detect
