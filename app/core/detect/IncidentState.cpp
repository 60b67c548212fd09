#include "IncidentState.h"

#include <array>

namespace Vigie::Detect {

namespace {

// Every value of an enum, so that reading an identifier is the inverse of writing one.
template<typename Enum, std::size_t N>
std::optional<Enum> fromIdentifier(const std::array<Enum, N> &values, const QString &text)
{
    for (const Enum value : values) {
        if (identifier(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString identifier(IncidentState state)
{
    switch (state) {
    case IncidentState::Healthy:
        return QStringLiteral("healthy");
    case IncidentState::Suspect:
        return QStringLiteral("suspect");
    case IncidentState::Outage:
        return QStringLiteral("outage");
    case IncidentState::Recovering:
        return QStringLiteral("recovering");
    }
    return {};
}

QString identifier(AccessState state)
{
    switch (state) {
    case AccessState::Ok:
        return QStringLiteral("ok");
    case AccessState::Failing:
        return QStringLiteral("failing");
    case AccessState::Down:
        return QStringLiteral("down");
    case AccessState::AuthenticationRefused:
        return QStringLiteral("authentication-refused");
    }
    return {};
}

QString identifier(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::MailFlow:
        return QStringLiteral("mail-flow");
    case IncidentKind::AccessFailure:
        return QStringLiteral("access-failure");
    case IncidentKind::AuthenticationFailure:
        return QStringLiteral("authentication-failure");
    }
    return {};
}

QString identifier(IncidentOutcome outcome)
{
    switch (outcome) {
    case IncidentOutcome::Open:
        return QStringLiteral("open");
    case IncidentOutcome::Dismissed:
        return QStringLiteral("dismissed");
    case IncidentOutcome::Resolved:
        return QStringLiteral("resolved");
    case IncidentOutcome::ResolvedByOwner:
        return QStringLiteral("resolved-by-owner");
    }
    return {};
}

std::optional<IncidentState> incidentStateFromString(const QString &text)
{
    return fromIdentifier(
        std::array{IncidentState::Healthy, IncidentState::Suspect, IncidentState::Outage, IncidentState::Recovering},
        text);
}

std::optional<AccessState> accessStateFromString(const QString &text)
{
    return fromIdentifier(
        std::array{AccessState::Ok, AccessState::Failing, AccessState::Down, AccessState::AuthenticationRefused}, text);
}

std::optional<IncidentKind> incidentKindFromString(const QString &text)
{
    return fromIdentifier(
        std::array{IncidentKind::MailFlow, IncidentKind::AccessFailure, IncidentKind::AuthenticationFailure}, text);
}

std::optional<IncidentOutcome> incidentOutcomeFromString(const QString &text)
{
    return fromIdentifier(std::array{IncidentOutcome::Open, IncidentOutcome::Dismissed, IncidentOutcome::Resolved,
                                     IncidentOutcome::ResolvedByOwner},
                          text);
}

} // namespace Vigie::Detect
