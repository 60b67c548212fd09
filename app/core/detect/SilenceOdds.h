#pragma once

namespace Vigie::Detect {

// The odds of a silence under a gamma-Poisson rate. When the true rate is the expected rate
// times an unknown multiplier with a Gamma(shape, shape-rate) belief, the chance of no arrival
// while `expected` arrivals were due is (rate / (rate + expected))^shape. Surprise is minus its
// logarithm, in nats; as shape grows it tends to `expected`, the Poisson answer.
class SilenceOdds
{
public:
    SilenceOdds(double shape, double rate);

    double surprise(double expected) const;
    // The expected count at which the surprise reaches `threshold`.
    double expectedForSurprise(double threshold) const;

    double shape() const { return m_shape; }
    double rate() const { return m_rate; }

private:
    double m_shape;
    double m_rate;
};

} // namespace Vigie::Detect
