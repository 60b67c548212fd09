#include "SilenceOdds.h"

#include <QtGlobal>

#include <cmath>

namespace Vigie::Detect {

SilenceOdds::SilenceOdds(double shape, double rate)
    : m_shape(qMax(shape, 1e-6))
    , m_rate(qMax(rate, 1e-6))
{ }

double SilenceOdds::surprise(double expected) const
{
    return m_shape * std::log1p(qMax(0.0, expected) / m_rate);
}

double SilenceOdds::expectedForSurprise(double threshold) const
{
    return m_rate * std::expm1(qMax(0.0, threshold) / m_shape);
}

} // namespace Vigie::Detect
