#pragma once

namespace Vigie::Detect {

// Turns the owner's tolerance ("at most F false alarms per 90 days") into a threshold on the
// surprise of the current silence. Each arrival starts a new silence, so with N arrivals per
// 90 days there are about N chances to cry wolf; alarming when the silence has probability
// below F / N keeps the expected number of false alarms near F. The threshold is ln(N / F).
class FalseAlarmBudget
{
public:
    static constexpr double DefaultPer90Days = 1.0;

    explicit FalseAlarmBudget(double falseAlarmsPer90Days = DefaultPer90Days);

    double falseAlarmsPer90Days() const { return m_per90Days; }
    // weeklyArrivals: the expected arrivals of a typical week.
    double surpriseThreshold(double weeklyArrivals) const;

private:
    double m_per90Days;
};

} // namespace Vigie::Detect
