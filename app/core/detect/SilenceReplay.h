#pragma once

#include "IncidentState.h"
#include "SilenceDetector.h"
#include "TimedArrival.h"

#include <QList>
#include <QString>

namespace Vigie::Detect {

// Runs the silence detector and the incident state machine over a recorded trace of arrivals
// on virtual time, without probes: what vigie-cli simulate prints and the benchmark scores.
// Online: a decision at time t only ever sees the arrivals before t.
class SilenceReplay
{
public:
    struct Step
    {
        qint64 atMs = 0;
        IncidentState state = IncidentState::Healthy;
        QString signal; // "silence" or "arrival"
        double score = 0;

        bool operator==(const Step &) const = default;
    };

    explicit SilenceReplay(SilenceDetector::Options options);

    // arrivals ascending. Returns one step per state change.
    QList<Step> run(const QList<TimedArrival> &arrivals) const;

private:
    SilenceDetector::Options m_options;
};

} // namespace Vigie::Detect
