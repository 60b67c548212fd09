#pragma once

namespace Vigie::Detect {

// How much more a mailbox's daily volume varies than Poisson, as the shape of a gamma
// multiplier on the rate (negative binomial counts): Var(D) = E + E^2 / shape. Estimated by
// moments from day totals against what the rate model expected for that day, with old days
// forgotten, and shrunk toward the default while days are few. A small shape means busy and quiet days come and go:
// silences are less telling.
class DispersionEstimator
{
public:
    static constexpr double DefaultShape = 4;
    static constexpr double MinShape = 0.5;
    static constexpr double MaxShape = 200;
    // Days' worth of belief in the default shape. A variance estimated from a week or two of
    // days is itself very uncertain, and mistaking a few calm days for a Poisson mailbox makes
    // every early silence look damning.
    static constexpr double PriorDays = 2;

    explicit DispersionEstimator(double dailyRetention = 0.98, double minimumDays = 7);

    void addDay(double arrivals, double expected);
    double shape() const;
    double days() const { return m_days; }

private:
    double m_retention;
    double m_minimumDays;
    double m_excess = 0; // sum of (D - E)^2 - E
    double m_scale = 0; // sum of E^2
    double m_days = 0;
};

} // namespace Vigie::Detect
