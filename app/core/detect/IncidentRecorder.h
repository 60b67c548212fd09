#pragma once

#include "Incident.h"
#include "SignalEvent.h"

#include "store/IncidentRecords.h"

#include <optional>

namespace Vigie::Store {
class IncidentRepository;
}

namespace Vigie::Detect {

// The incident state machine's memory: incidents and their timelines, written through to the
// database when there is one (the live service) and kept in memory only when there is none
// (vigie-cli simulate, which must replay months in a second). An incident the database would not
// take has a local, negative id, that no stored row can have: nothing of it is written.
class IncidentRecorder
{
public:
    explicit IncidentRecorder(Store::IncidentRepository *repository = nullptr);

    Incident open(IncidentKind kind, const QDateTime &at, IncidentState state);
    void escalate(Incident &incident, IncidentState state);
    void close(Incident &incident, const QDateTime &at, IncidentOutcome outcome);
    void recordSignal(qint64 incidentId, const SignalEvent &event);
    void recordTransition(qint64 incidentId, const QDateTime &at, IncidentState from, IncidentState to,
                          const QString &cause);
    void recordAccess(qint64 incidentId, const QDateTime &at, AccessState from, AccessState to);

    void saveSnapshot(const Store::IncidentSnapshotRecord &snapshot);
    std::optional<Store::IncidentSnapshotRecord> loadSnapshot() const;
    std::optional<Incident> load(qint64 incidentId) const;

private:
    void append(const Store::IncidentEventRecord &event);
    bool isStored(qint64 incidentId) const { return m_repository && incidentId >= 0; }

    Store::IncidentRepository *m_repository;
    qint64 m_nextLocalId = -1;
};

} // namespace Vigie::Detect
