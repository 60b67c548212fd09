#pragma once

#include <array>
#include <cstddef>

namespace Vigie::Detect {

// How reliably a burst (a newsletter, a notification batch) comes in each local hour of week.
//
// Bulk senders keep a schedule: the same newsletter lands in the same hour on most of its
// days. A Poisson rate of 0.9 bursts an hour says an empty hour happens 41% of the time,
// when for a sender that misses one issue in ten it happens 10% of the time; judged as
// Poisson, the missing newsletter -- often the strongest evidence a quiet mailbox has that
// mail stopped -- is worth under half of what it should. So each hour of week learns the
// chance that it brings at least one burst, directly from how many of its past hours did,
// shrunk toward the Poisson answer of the burst rate model where there is little history.
class BurstSchedule
{
public:
    static constexpr int HoursPerWeek = 168;
    // Past hours' worth of belief in the Poisson answer: a bin that was hit in all of its
    // five recent weeks is not taken for a sender that never misses.
    static constexpr double PriorHours = 2;

    explicit BurstSchedule(double weeklyRetention = 0.8);

    void addHour(int hourOfWeek, bool hadBurst);
    // The chance of at least one burst in that hour of week; poissonRate is the burst rate
    // model's expected bursts in that hour.
    double burstChance(int hourOfWeek, double poissonRate) const;
    // Minus the log of the chance of no burst in [from, to) of the hour (fractions of the
    // hour), given that none came in [0, from). Bursts are spread evenly within their hour.
    static double surprise(double chance, double from, double to);

private:
    double m_retention;
    std::array<double, HoursPerWeek> m_hits{};
    std::array<double, HoursPerWeek> m_hours{};
};

} // namespace Vigie::Detect
