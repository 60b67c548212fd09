#include "IncidentStateMachine.h"

#include "DetectLogging.h"

#include "platform/Clock.h"

// The machine's memory across restarts: what it judged, and how far it got towards the next
// judgement, saved after every signal and read back on start.
namespace Vigie::Detect {

void IncidentStateMachine::saveSnapshot(const QDateTime &at)
{
    Store::IncidentSnapshotRecord snapshot;
    snapshot.mailState = identifier(m_state);
    snapshot.accessState = identifier(m_access);
    snapshot.mailIncidentId = m_mailIncident ? m_mailIncident->id : 0;
    snapshot.accessIncidentId = m_accessIncident ? m_accessIncident->id : 0;
    snapshot.stateSince = m_stateSince;
    snapshot.accessFailingSince = m_accessFailingSince;
    snapshot.snoozedUntil = m_snoozedUntil;
    snapshot.negatives = m_negatives;
    snapshot.positives = m_positives;
    snapshot.mailSeen = m_mailSeen;
    snapshot.deferralSince = m_deferralSince;
    snapshot.suspectCause = QString::number(int(m_suspectCause));
    snapshot.updated = at;
    m_recorder.saveSnapshot(snapshot);
}

void IncidentStateMachine::restore()
{
    const std::optional<Store::IncidentSnapshotRecord> snapshot = m_recorder.loadSnapshot();
    if (!snapshot)
        return;
    m_state = incidentStateFromString(snapshot->mailState).value_or(IncidentState::Healthy);
    m_access = accessStateFromString(snapshot->accessState).value_or(AccessState::Ok);
    m_mailIncident = m_recorder.load(snapshot->mailIncidentId);
    m_accessIncident = m_recorder.load(snapshot->accessIncidentId);
    if (m_mailIncident && !m_mailIncident->isOpen())
        m_mailIncident.reset();
    if (m_accessIncident && !m_accessIncident->isOpen())
        m_accessIncident.reset();
    if (m_state != IncidentState::Healthy && !m_mailIncident)
        m_state = IncidentState::Healthy; // the incident was closed by hand in the database
    m_stateSince = snapshot->stateSince;
    // Time while Vigie was not running is no failure seen: the grace starts again.
    m_accessFailingSince = m_access == AccessState::Failing ? m_clock.now() : snapshot->accessFailingSince;
    m_snoozedUntil = snapshot->snoozedUntil;
    m_negatives = snapshot->negatives;
    m_positives = snapshot->positives;
    m_mailSeen = snapshot->mailSeen;
    m_deferralSince = snapshot->deferralSince;
    m_suspectCause = SuspectCause(qBound(0, snapshot->suspectCause.toInt(), int(SuspectCause::Deferral)));
    qCInfo(lcDetect) << "Resumed in state" << identifier(m_state) << "access" << identifier(m_access);
}

} // namespace Vigie::Detect
