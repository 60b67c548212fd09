#pragma once

#include "ArrivalRateModel.h"
#include "BusinessCalendar.h"
#include "DispersionEstimator.h"
#include "FalseAlarmBudget.h"
#include "LocalHour.h"
#include "SilenceAssessment.h"
#include "SilenceOdds.h"

#include <QTimeZone>

#include <optional>

namespace Vigie::Detect {

// Learned silence: is the time since the last arrival improbable for this mailbox, now?
//
// Arrivals (already filtered: no probes, none of Vigie's own mail) feed an hour-of-week rate
// model and a day-to-day dispersion estimate. The current silence is judged under a
// gamma-Poisson belief about today's level, centred on the learned rate and sharpened by the
// recent past (a quiet week makes a long silence less surprising), and compared with the
// threshold derived from the false-alarm budget. Time is only ever what the caller passes:
// the detector never reads a clock, so a replay of months runs in milliseconds.
class SilenceDetector
{
public:
    struct Options {
        QTimeZone timeZone = QTimeZone::utc();
        double falseAlarmsPer90Days = FalseAlarmBudget::DefaultPer90Days;
        int warmUpDays = 14;
        double fixedSilenceHours = 0; // 0: no fixed window
        BusinessCalendar calendar;
        double weeklyRetention = 0.8;
        double dailyRetention = 0.98;
        // How long the recent past keeps informing the belief about today's level.
        double recentHalfLifeHours = 12;
        // Arrivals this close to the previous one are one event: a newsletter burst of twenty
        // messages says no more about the mailbox being alive than one.
        qint64 declusterMs = 120 * 1000;
    };

    explicit SilenceDetector(Options options);

    // Arrivals in ascending order. Also how the last weeks of history are learned at start.
    void addArrival(qint64 utcMs);
    // Lets time pass: completed hours are learned.
    void advanceTo(qint64 utcMs);
    // While suspended (an outage is open) hours are not learned as quiet ones.
    void setLearningSuspended(bool suspended);

    SilenceAssessment assess(qint64 utcMs) const;
    // The first instant in [fromMs, untilMs) at which assess() alarms, if no arrival comes,
    // before the next hour boundary changes what has been learned.
    std::optional<qint64> nextAlarmTime(qint64 fromMs, qint64 untilMs) const;
    // The next instant at which advanceTo() learns something.
    qint64 nextHourBoundary() const { return (m_hourIndex + 1) * LocalHour::HourMs; }

    std::optional<qint64> lastArrival() const;
    const ArrivalRateModel &model() const { return m_model; }
    const DispersionEstimator &dispersion() const { return m_dispersion; }
    const Options &options() const { return m_options; }
    double surpriseThreshold() const;
    SilenceOdds currentOdds() const;
    double expectedBetween(qint64 fromMs, qint64 toMs) const;

private:
    void commitHour();
    bool isWarm(qint64 utcMs) const;
    bool alarmAllowed(const LocalHourInfo &hour) const;
    std::optional<qint64> firstAllowed(qint64 fromMs, qint64 untilMs) const;

    Options m_options;
    LocalHour m_localHour;
    ArrivalRateModel m_model;
    DispersionEstimator m_dispersion;
    FalseAlarmBudget m_budget;
    double m_recentRetention;

    bool m_started = false;
    qint64 m_firstMs = 0;
    qint64 m_lastArrivalMs = 0;
    qint64 m_hourIndex = 0;
    double m_hourEvents = 0;
    bool m_hourExcluded = false;
    bool m_learningSuspended = false;

    qint64 m_day = 0;
    double m_dayEvents = 0;
    double m_dayExpected = 0;

    double m_recentEvents = 0;
    double m_recentExpected = 0;
    double m_atArrivalEvents = 0; // the recent past as it stood at the last arrival
    double m_atArrivalExpected = 0;
};

} // namespace Vigie::Detect
