#pragma once

#include "detect/TimedArrival.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <vector>

namespace Vigie::Bench {

// A kind of mailbox: how much mail it gets, when, and how irregularly.
struct MailboxProfile
{
    QString name;
    double weekdayArrivals = 10; // ordinary mail on a typical weekday
    std::array<double, 7> dayFactor{}; // Monday..Sunday, relative to a weekday
    std::array<double, 24> weekdayShape{}; // hour-of-day weights on weekdays
    std::array<double, 24> weekendShape{}; // and on weekends
    double dayNoiseShape = 5; // gamma shape of the day-to-day volume multiplier
    double maxDrift = 0.4; // |log| of the trend over the trace
    double quietWeekChance = 0.06; // chance a week is an unannounced quiet one
    int newsletterSources = 4;
    int maxBurst = 5; // messages per newsletter burst, at most

    static MailboxProfile busyShop();
    static MailboxProfile smallOffice();
    static MailboxProfile quietFreelancer();
};

// One generated trace, with the truth the benchmark scores against.
struct Trace
{
    struct Outage
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
    };

    qint64 startMs = 0;
    qint64 endMs = 0;
    QList<qint64> arrivalsMs; // what the mailbox saw, ascending; nothing during outages
    QList<Outage> outages;
    std::vector<double> hourlyRate; // the true expected events per UTC hour from startMs (bursts count once)
    // The law behind it, for a detector that knows the generator but not the dice: per UTC hour,
    // people's mean rate before the day's and the week's volume noise, and the chance of a burst.
    std::vector<double> meanPeopleRate;
    std::vector<double> burstChance;
    double dayNoiseShape = 0; // the day's volume multiplier is gamma(shape, 1/shape), per UTC day
    QList<qint64> peopleArrivalsMs; // arrivalsMs without the bursts
    // Per arrival, whether its header names a bulk sender: most newsletter sources set List-Id or
    // List-Unsubscribe, some do not; people never do.
    QList<bool> fromBulkSender;

    double rateAt(qint64 ms) const;
    // The arrivals as the detector is fed them: by a bare list of times, or by the live watcher,
    // which reads the headers.
    QList<Detect::TimedArrival> timedArrivals(bool bulkSendersKnown) const;
    double expectedBetween(qint64 fromMs, qint64 toMs) const;
};

// Seeded and deterministic: the same profile and seed always give the same trace.
class TraceGenerator
{
public:
    TraceGenerator(MailboxProfile profile, QTimeZone zone);

    Trace generate(quint64 seed, qint64 startMs, int days, int outages) const;

private:
    MailboxProfile m_profile;
    QTimeZone m_zone;
};

} // namespace Vigie::Bench
