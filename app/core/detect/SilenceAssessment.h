#pragma once

#include <QtGlobal>

namespace Vigie::Detect {

// The silence detector's judgement of the current silence at one instant.
struct SilenceAssessment
{
    enum class Reason {
        NoArrivalYet, // nothing learned: no judgement possible
        Expected, // this silence is not surprising
        WarmingUp, // fewer than the warm-up days of data: the learned model stays quiet
        Closed, // a declared closure
        OutsideBusinessHours, // the owner only wants alarms in business hours
        Learned, // alarm: improbable under the learned rate, beyond the budget
        FixedWindow, // alarm: longer than the fixed "no mail for N hours" setting
    };

    Reason reason = Reason::NoArrivalYet;
    double score = 0; // surprise of the silence so far, in nats: -ln P(no arrival)
    double threshold = 0; // the surprise at which the budget says to alarm
    double expected = 0; // arrivals the model expected since the last one
    qint64 silenceMs = 0;

    bool isAlarm() const { return reason == Reason::Learned || reason == Reason::FixedWindow; }
    bool operator==(const SilenceAssessment &) const = default;
};

} // namespace Vigie::Detect
