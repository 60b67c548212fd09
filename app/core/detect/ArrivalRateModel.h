#pragma once

#include <array>
#include <cstddef>

namespace Vigie::Detect {

// The expected arrival rate of a mailbox by local hour of week, learned online.
//
// Each of the 168 bins keeps an exponentially forgotten count and exposure (hours observed),
// so slow drift is followed and old weeks fade. Where a bin has little data its rate is
// shrunk, empirical-Bayes style, toward the same hour of day on the same kind of day
// (weekday or weekend), which is itself shrunk toward that hour of day over the whole week
// scaled by how busy that kind of day is; the hour of day leans on the global average. Where
// the coarser level can be wrong by orders of magnitude (night against afternoon, Sunday
// against Monday) the prior is worth about one arrival; between the five weekdays at the
// same hour, the strength of the shrinkage is estimated from how much they really differ
// beyond Poisson noise.
class ArrivalRateModel
{
public:
    static constexpr int HoursPerWeek = 168;

    // weeklyRetention: the weight a week's observation keeps after one more week.
    explicit ArrivalRateModel(double weeklyRetention = 0.8);

    // One observed hour of the given local hour of week, with the arrivals counted in it.
    void addHour(int hourOfWeek, double arrivals);

    // Expected arrivals per hour in that hour of week.
    double rate(int hourOfWeek) const;
    double weeklyTotal() const;
    double globalRate() const; // arrivals per hour, all hours pooled
    double exposure(int hourOfWeek) const { return m_exposure[std::size_t(hourOfWeek)]; }
    double totalExposure() const;
    double weeklyRetention() const { return m_retention; }

private:
    static int groupOf(int hourOfWeek); // 0..47: weekday/weekend x hour of day
    void refresh() const;

    double m_retention;
    std::array<double, HoursPerWeek> m_count{};
    std::array<double, HoursPerWeek> m_exposure{};
    mutable std::array<double, HoursPerWeek> m_rate{};
    mutable double m_globalRate = 0;
    mutable bool m_dirty = true;
};

} // namespace Vigie::Detect
