#pragma once

#include "TraceGenerator.h"

#include <QList>

namespace Vigie::Bench {

// The two detectors Vigie's is measured against. Each raises at most one alarm per silence
// (from one arrival to the next), as the real detector does.
class Baselines
{
public:
    // Knows the true rate: alarms once the expected count since the last arrival reaches
    // ln(N / F), N being the expected arrivals per 90 days and F the budget.
    static QList<qint64> oracleAlarms(const Trace &trace, double falseAlarmsPer90Days);
    // "No mail for G hours", as Healthchecks-style monitors do it.
    static QList<qint64> fixedWindowAlarms(const Trace &trace, qint64 windowMs);
    // Knows the generator's law but not its dice: people's mean rate hour by hour, the gamma law
    // of each day's volume (sharpened by what the day has brought so far), each burst's chance.
    // The best any detector learning from the past could hope for. Alarms once the surprise of
    // the silence (minus the log of its probability under that law) reaches the threshold.
    static QList<qint64> informedAlarms(const Trace &trace, double surpriseThreshold);
};

} // namespace Vigie::Bench
