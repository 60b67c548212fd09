#pragma once

#include "IncidentState.h"

#include <QDateTime>

namespace Vigie::Detect {

// One episode worth telling the owner about: a mail-flow incident opens when Vigie first
// suspects a problem and closes when mail flows again; access and authentication incidents
// are separate, since they call for different action.
struct Incident
{
    qint64 id = 0;
    IncidentKind kind = IncidentKind::MailFlow;
    QDateTime opened;
    QDateTime closed;
    IncidentState worstState = IncidentState::Suspect;
    IncidentOutcome outcome = IncidentOutcome::Open;

    bool isOpen() const { return outcome == IncidentOutcome::Open; }
    bool operator==(const Incident &) const = default;
};

} // namespace Vigie::Detect
