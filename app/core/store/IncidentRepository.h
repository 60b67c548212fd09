#pragma once

#include "IncidentRecords.h"

#include <QList>

#include <optional>

namespace Vigie::Store {

class Database;

// Incidents, their timelines and the state machine's snapshot, in Vigie's database
// (schema version 2). Every write is its own statement, so a crash loses at most the line
// being written; an incident open before a crash is still open after it.
class IncidentRepository
{
public:
    explicit IncidentRepository(Database &database);

    // The new incident's id, or 0 when it could not be stored.
    qint64 openIncident(const QString &kind, const QDateTime &at, const QString &state);
    bool setWorstState(qint64 incidentId, const QString &state);
    bool closeIncident(qint64 incidentId, const QDateTime &at, const QString &outcome);
    bool appendEvent(const IncidentEventRecord &event);

    std::optional<IncidentRecord> incident(qint64 incidentId) const;
    QList<IncidentRecord> openIncidents() const;
    QList<IncidentRecord> incidentsSince(const QDateTime &since) const;
    QList<IncidentEventRecord> timeline(qint64 incidentId) const;

    bool saveSnapshot(const IncidentSnapshotRecord &snapshot);
    std::optional<IncidentSnapshotRecord> loadSnapshot() const;

private:
    QList<IncidentRecord> selectIncidents(const QString &where, const QVariant &bound) const;

    Database &m_database;
};

} // namespace Vigie::Store
