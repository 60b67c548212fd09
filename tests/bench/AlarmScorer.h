#pragma once

#include "TraceGenerator.h"

#include <QList>

#include <optional>

namespace Vigie::Bench {

// Scores a detector's alarms against a trace's true outages.
class AlarmScorer
{
public:
    struct Score
    {
        int falseAlarms = 0;
        double watchedDays = 0; // outside warm-up and outages
        QList<std::optional<qint64>> delays; // per outage: detection delay, or none if missed
        // Per outage missed while it lasted: the delay of an alarm raised after it ended but
        // still in the silence it left (mail was lost; the alarm is true, only late).
        QList<std::optional<qint64>> lateDelays;
    };

    AlarmScorer(const Trace &trace, qint64 evaluateFromMs);

    // alarms: ascending, at most one per silence.
    Score score(const QList<qint64> &alarms) const;

private:
    const Trace &m_trace;
    qint64 m_evaluateFromMs;
};

} // namespace Vigie::Bench
