#pragma once

#include "ArrivalRateModel.h"
#include "BurstSchedule.h"
#include "BusinessCalendar.h"
#include "DispersionEstimator.h"
#include "FalseAlarmBudget.h"
#include "LocalHour.h"
#include "SilenceAssessment.h"
#include "SilenceOdds.h"
#include "TimedArrival.h"

#include <QTimeZone>

#include <optional>

namespace Vigie::Detect {

// Learned silence: is the time since the last arrival improbable for this mailbox, now?
//
// Arrivals (already filtered: no probes, none of Vigie's own mail) feed two hour-of-week rate
// models: one of bursts (several messages within seconds, or any message whose header says it
// came from a bulk sender: newsletters, notifications), which keep a schedule and a regularity
// of their own, and one of the rest, people writing. A
// missing burst is judged hour by hour against how reliably that hour of week has brought
// one (BurstSchedule); people's mail against the rate and its day-to-day spread. People's volume strays from that
// profile in two ways, and the detector models both: a persistent level (a quiet week, a busy season), estimated from
// the last few days, and a day-to-day gamma multiplier whose spread is estimated from past days and which, for the day
// of the last arrival, is sharpened by what that day has already brought. Days are independent given the level, so a
// silence spanning days is judged day by day. The surprise of the current silence is compared with the threshold
// derived from the false-alarm budget. Time is only ever what the caller passes: the detector never reads a clock, so a
// replay of months runs in milliseconds.
class SilenceDetector
{
public:
    struct Options
    {
        QTimeZone timeZone = QTimeZone::utc();
        double falseAlarmsPer90Days = FalseAlarmBudget::DefaultPer90Days;
        int warmUpDays = 14;
        double fixedSilenceHours = 0; // 0: no fixed window
        BusinessCalendar calendar;
        double weeklyRetention = 0.8;
        double dailyRetention = 0.98;
        // Bulk senders keep their hours for months: their schedule forgets more slowly than the rates.
        double scheduleRetention = 0.9;
        // How long past days keep informing the persistent level, in days with mail due.
        double levelHalfLifeDays = 3;
        // Arrivals' worth of belief that the level is the learned profile's, before any data.
        double levelPriorArrivals = 5;
        // Arrivals this close to the previous one are one event, a burst: twenty messages of a
        // newsletter say no more about the mailbox being alive than one.
        qint64 declusterMs = 60 * 1000;
        // Arrivals this close to the previous one make that event a burst.
        qint64 burstMs = 20 * 1000;
    };

    explicit SilenceDetector(Options options);

    // Arrivals in ascending order. Also how the last weeks of history are learned at start.
    // The hours of a silence are learned when it ends, that is here. An arrival from a bulk sender
    // is a burst even alone: a newsletter of one message keeps its schedule as one of twenty does.
    void addArrival(qint64 utcMs, ArrivalOrigin origin = ArrivalOrigin::Unknown);
    // While suspended (an outage is open), nothing is learned, and the silence under way when
    // suspension began is discarded rather than learned as quiet hours.
    void setLearningSuspended(bool suspended);

    SilenceAssessment assess(qint64 utcMs) const;
    // The first instant in [fromMs, untilMs) at which assess() alarms if no arrival comes.
    // Nothing is learned during a silence, so the answer holds until the next arrival.
    std::optional<qint64> nextAlarmTime(qint64 fromMs, qint64 untilMs) const;

    std::optional<qint64> lastArrival() const;
    const ArrivalRateModel &model() const { return m_model; }
    const ArrivalRateModel &burstModel() const { return m_burstModel; }
    const DispersionEstimator &dispersion() const { return m_dispersion; }
    const Options &options() const { return m_options; }
    double surpriseThreshold() const;
    // The persistent level: how busy the last days were, relative to the learned profile.
    double level() const;
    double expectedBetween(qint64 fromMs, qint64 toMs) const;

private:
    // Walks the silence from the last arrival: surprise so far, and where it reaches a target.
    struct Walk
    {
        double surprise = 0;
        double expected = 0;
        std::optional<qint64> crossing;
    };
    double rateAt(const LocalHourInfo &hour, const ArrivalRateModel &model) const;
    Walk walkSilence(qint64 untilMs, double target) const;
    void commitHour(bool learn);
    void closeDay();
    bool isWarm(qint64 utcMs) const;
    bool alarmAllowed(const LocalHourInfo &hour) const;
    std::optional<qint64> firstAllowed(qint64 fromMs, qint64 untilMs) const;

    Options m_options;
    LocalHour m_localHour;
    ArrivalRateModel m_model; // single messages: people
    ArrivalRateModel m_burstModel; // bursts: bulk senders
    DispersionEstimator m_dispersion;
    BurstSchedule m_burstSchedule;
    FalseAlarmBudget m_budget;

    bool m_started = false;
    qint64 m_firstMs = 0;
    qint64 m_lastArrivalMs = 0;
    qint64 m_hourIndex = 0;
    double m_hourEvents = 0;
    double m_hourBursts = 0;
    bool m_lastEventIsBurst = false;
    bool m_hourExcluded = false;
    bool m_learningSuspended = false;
    bool m_silenceDiscarded = false;

    qint64 m_day = 0;
    double m_dayEvents = 0;
    double m_dayExpected = 0;

    double m_dayLevel = 1; // the persistent level as it stood when the day began
    double m_levelEvents = 0;
    double m_levelExpected = 0;
    // The day of the last arrival, as it stood then.
    qint64 m_arrivalDay = 0;
    double m_arrivalDayEvents = 0;
    double m_arrivalDayExpected = 0;
    double m_arrivalLevel = 1;
};

} // namespace Vigie::Detect
