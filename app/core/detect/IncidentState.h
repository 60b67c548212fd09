#pragma once

#include <QString>

#include <optional>

namespace Vigie::Detect {

// Whether mail reaches the primary mailbox, as the incident state machine judges it.
enum class IncidentState { Healthy, Suspect, Outage, Recovering };

// Whether Vigie can see the primary mailbox at all: while it cannot, silence means nothing.
enum class AccessState {
    Ok,
    Failing, // failing, still within the grace period
    Down, // failing beyond the grace period: an access-failure incident is open
    AuthenticationRefused, // the owner must act; not an outage of mail flow
};

enum class IncidentKind { MailFlow, AccessFailure, AuthenticationFailure };

enum class IncidentOutcome { Open, Dismissed, Resolved, ResolvedByOwner };

// Stable identifiers, as stored in the database and printed by vigie-cli.
QString identifier(IncidentState state);
QString identifier(AccessState state);
QString identifier(IncidentKind kind);
QString identifier(IncidentOutcome outcome);
std::optional<IncidentState> incidentStateFromString(const QString &text);
std::optional<AccessState> accessStateFromString(const QString &text);
std::optional<IncidentKind> incidentKindFromString(const QString &text);
std::optional<IncidentOutcome> incidentOutcomeFromString(const QString &text);

} // namespace Vigie::Detect
