#include "IncidentState.h"

#include <array>
#include <utility>

namespace Vigie::Detect {

namespace {

constexpr std::array<std::pair<IncidentState, const char *>, 4> incidentStateNames{{
    {IncidentState::Healthy, "healthy"},
    {IncidentState::Suspect, "suspect"},
    {IncidentState::Outage, "outage"},
    {IncidentState::Recovering, "recovering"},
}};

constexpr std::array<std::pair<AccessState, const char *>, 4> accessStateNames{{
    {AccessState::Ok, "ok"},
    {AccessState::Failing, "failing"},
    {AccessState::Down, "down"},
    {AccessState::AuthenticationRefused, "authentication-refused"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    for (const auto &[candidate, name] : names) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString identifier(IncidentState state)
{
    return nameOf(incidentStateNames, state);
}

QString identifier(AccessState state)
{
    return nameOf(accessStateNames, state);
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
    return valueOf(incidentStateNames, text);
}

std::optional<AccessState> accessStateFromString(const QString &text)
{
    return valueOf(accessStateNames, text);
}

} // namespace Vigie::Detect
