#include "IncidentRecorder.h"

#include "DetectLogging.h"

#include "store/IncidentRepository.h"

namespace Vigie::Detect {

IncidentRecorder::IncidentRecorder(Store::IncidentRepository *repository)
    : m_repository(repository)
{ }

Incident IncidentRecorder::open(IncidentKind kind, const QDateTime &at, IncidentState state)
{
    Incident incident{0, kind, at, {}, state, IncidentOutcome::Open};
    incident.id = m_repository ? m_repository->openIncident(identifier(kind), at, identifier(state)) : 0;
    if (incident.id == 0)
        incident.id = m_nextLocalId--;
    qCInfo(lcDetect) << "Incident" << incident.id << "opened:" << identifier(kind) << identifier(state);
    return incident;
}

void IncidentRecorder::escalate(Incident &incident, IncidentState state)
{
    if (incident.worstState == IncidentState::Outage || state != IncidentState::Outage)
        return;
    incident.worstState = state;
    if (isStored(incident.id))
        m_repository->setWorstState(incident.id, identifier(state));
}

void IncidentRecorder::close(Incident &incident, const QDateTime &at, IncidentOutcome outcome)
{
    incident.closed = at;
    incident.outcome = outcome;
    if (isStored(incident.id))
        m_repository->closeIncident(incident.id, at, identifier(outcome));
    qCInfo(lcDetect) << "Incident" << incident.id << "closed:" << identifier(outcome);
}

void IncidentRecorder::append(const Store::IncidentEventRecord &event)
{
    if (isStored(event.incidentId))
        m_repository->appendEvent(event);
}

void IncidentRecorder::recordSignal(qint64 incidentId, const SignalEvent &event)
{
    if (!m_repository)
        return;
    append({incidentId,
            event.at,
            event.isOverride() ? QStringLiteral("override") : QStringLiteral("signal"),
            event.name(),
            {},
            {},
            event.detailJson(),
            event.evidence});
}

void IncidentRecorder::recordTransition(qint64 incidentId, const QDateTime &at, IncidentState from, IncidentState to,
                                        const QString &cause)
{
    qCInfo(lcDetect) << "Mail flow" << identifier(from) << "->" << identifier(to) << "on" << cause;
    append({incidentId, at, QStringLiteral("transition"), cause, identifier(from), identifier(to), {}, {}});
}

void IncidentRecorder::recordAccess(qint64 incidentId, const QDateTime &at, AccessState from, AccessState to)
{
    qCInfo(lcDetect) << "Mailbox access" << identifier(from) << "->" << identifier(to);
    append({incidentId,
            at,
            QStringLiteral("transition"),
            QStringLiteral("access"),
            identifier(from),
            identifier(to),
            {},
            {}});
}

void IncidentRecorder::saveSnapshot(const Store::IncidentSnapshotRecord &snapshot)
{
    if (m_repository)
        m_repository->saveSnapshot(snapshot);
}

std::optional<Store::IncidentSnapshotRecord> IncidentRecorder::loadSnapshot() const
{
    return m_repository ? m_repository->loadSnapshot() : std::nullopt;
}

std::optional<Incident> IncidentRecorder::load(qint64 incidentId) const
{
    if (!m_repository || incidentId <= 0)
        return std::nullopt;
    const std::optional<Store::IncidentRecord> record = m_repository->incident(incidentId);
    if (!record)
        return std::nullopt;
    return Incident{record->id,
                    incidentKindFromString(record->kind).value_or(IncidentKind::MailFlow),
                    record->opened,
                    record->closed,
                    incidentStateFromString(record->worstState).value_or(IncidentState::Suspect),
                    incidentOutcomeFromString(record->outcome).value_or(IncidentOutcome::Open)};
}

} // namespace Vigie::Detect
