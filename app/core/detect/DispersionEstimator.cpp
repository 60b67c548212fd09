#include "DispersionEstimator.h"

#include <QtGlobal>

namespace Vigie::Detect {

DispersionEstimator::DispersionEstimator(double dailyRetention, double minimumDays)
    : m_retention(dailyRetention)
    , m_minimumDays(minimumDays)
{ }

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
    // Shrink the inverse shape (the excess squared coefficient of variation) toward the
    // default's, weighting the prior as PriorDays days of typical size.
    const double priorScale = PriorDays * m_scale / m_days;
    const double inverse = (qMax(0.0, m_excess) + priorScale / DefaultShape) / (m_scale + priorScale);
    return qBound(MinShape, 1.0 / inverse, MaxShape);
}

} // namespace Vigie::Detect
