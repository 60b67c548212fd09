#include "IncidentRepository.h"

#include "Database.h"
#include "StoreLogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Vigie::Store {

namespace {

QVariant msOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// A null QString binds as SQL NULL; the timeline's text columns hold '' for "nothing".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool run(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcStore) << "Cannot" << what << ":" << query.lastError().text();
    return false;
}

} // namespace

IncidentRepository::IncidentRepository(Database &database)
    : m_database(database)
{ }

qint64 IncidentRepository::openIncident(const QString &kind, const QDateTime &at, const QString &state)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO incidents (kind, opened_ms, worst_state, outcome) "
                                 "VALUES (?, ?, ?, 'open')"));
    query.addBindValue(kind);
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(state);
    if (!run(query, "open an incident"))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool IncidentRepository::setWorstState(qint64 incidentId, const QString &state)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE incidents SET worst_state = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(incidentId);
    return run(query, "update an incident");
}

bool IncidentRepository::closeIncident(qint64 incidentId, const QDateTime &at, const QString &outcome)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE incidents SET closed_ms = ?, outcome = ? WHERE id = ?"));
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(outcome);
    query.addBindValue(incidentId);
    return run(query, "close an incident");
}

bool IncidentRepository::appendEvent(const IncidentEventRecord &event)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO incident_events (incident_id, at_ms, type, name, from_state, "
                                 "to_state, detail, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(idOrNull(event.incidentId));
    query.addBindValue(event.at.toMSecsSinceEpoch());
    query.addBindValue(text(event.type));
    query.addBindValue(text(event.name));
    query.addBindValue(text(event.fromState));
    query.addBindValue(text(event.toState));
    query.addBindValue(text(event.detail));
    query.addBindValue(text(event.evidence));
    return run(query, "record an incident event");
}

QList<IncidentRecord> IncidentRepository::selectIncidents(const QString &where, const QVariant &bound) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, kind, opened_ms, closed_ms, worst_state, outcome FROM incidents WHERE ")
                  + where + QStringLiteral(" ORDER BY opened_ms, id"));
    if (bound.isValid())
        query.addBindValue(bound);
    QList<IncidentRecord> incidents;
    if (!run(query, "read incidents"))
        return incidents;
    while (query.next()) {
        incidents.append({query.value(0).toLongLong(), query.value(1).toString(), fromMs(query.value(2)),
                          fromMs(query.value(3)), query.value(4).toString(), query.value(5).toString()});
    }
    return incidents;
}

std::optional<IncidentRecord> IncidentRepository::incident(qint64 incidentId) const
{
    const QList<IncidentRecord> found = selectIncidents(QStringLiteral("id = ?"), incidentId);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<IncidentRecord> IncidentRepository::openIncidents() const
{
    return selectIncidents(QStringLiteral("closed_ms IS NULL"), {});
}

QList<IncidentRecord> IncidentRepository::incidentsSince(const QDateTime &since) const
{
    return selectIncidents(QStringLiteral("opened_ms >= ?"), since.toMSecsSinceEpoch());
}

QList<IncidentEventRecord> IncidentRepository::timeline(qint64 incidentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT incident_id, at_ms, type, name, from_state, to_state, detail, evidence "
                                 "FROM incident_events WHERE incident_id = ? ORDER BY at_ms, id"));
    query.addBindValue(incidentId);
    QList<IncidentEventRecord> events;
    if (!run(query, "read an incident's timeline"))
        return events;
    while (query.next()) {
        events.append({query.value(0).toLongLong(), fromMs(query.value(1)), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                       query.value(6).toString(), query.value(7).toString()});
    }
    return events;
}

bool IncidentRepository::saveSnapshot(const IncidentSnapshotRecord &snapshot)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO incident_state (id, mail_state, access_state, mail_incident_id, "
        "access_incident_id, state_since_ms, access_failing_since_ms, snoozed_until_ms, negatives, positives, "
        "mail_seen, deferral_since_ms, suspect_cause, updated_ms) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(snapshot.mailState);
    query.addBindValue(snapshot.accessState);
    query.addBindValue(idOrNull(snapshot.mailIncidentId));
    query.addBindValue(idOrNull(snapshot.accessIncidentId));
    query.addBindValue(msOrNull(snapshot.stateSince));
    query.addBindValue(msOrNull(snapshot.accessFailingSince));
    query.addBindValue(msOrNull(snapshot.snoozedUntil));
    query.addBindValue(snapshot.negatives);
    query.addBindValue(snapshot.positives);
    query.addBindValue(snapshot.mailSeen);
    query.addBindValue(msOrNull(snapshot.deferralSince));
    query.addBindValue(text(snapshot.suspectCause));
    query.addBindValue(msOrNull(snapshot.updated));
    return run(query, "save the incident state");
}

std::optional<IncidentSnapshotRecord> IncidentRepository::loadSnapshot() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT mail_state, access_state, mail_incident_id, access_incident_id, state_since_ms, "
                       "access_failing_since_ms, snoozed_until_ms, negatives, positives, mail_seen, deferral_since_ms, "
                       "suspect_cause, updated_ms FROM incident_state WHERE id = 1"));
    if (!run(query, "read the incident state") || !query.next())
        return std::nullopt;
    IncidentSnapshotRecord snapshot;
    snapshot.mailState = query.value(0).toString();
    snapshot.accessState = query.value(1).toString();
    snapshot.mailIncidentId = query.value(2).toLongLong();
    snapshot.accessIncidentId = query.value(3).toLongLong();
    snapshot.stateSince = fromMs(query.value(4));
    snapshot.accessFailingSince = fromMs(query.value(5));
    snapshot.snoozedUntil = fromMs(query.value(6));
    snapshot.negatives = query.value(7).toInt();
    snapshot.positives = query.value(8).toInt();
    snapshot.mailSeen = query.value(9).toBool();
    snapshot.deferralSince = fromMs(query.value(10));
    snapshot.suspectCause = query.value(11).toString();
    snapshot.updated = fromMs(query.value(12));
    return snapshot;
}

} // namespace Vigie::Store
