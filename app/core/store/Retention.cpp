#include "Retention.h"

#include "Database.h"
#include "StoreLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Vigie::Store {

namespace {

// Runs one DELETE with its cut-off; the number of rows gone, or -1.
int deleteBefore(const QSqlDatabase &connection, const QString &statement, const QDateTime &cutOff)
{
    QSqlQuery query(connection);
    query.prepare(statement);
    query.addBindValue(cutOff.toMSecsSinceEpoch());
    if (!query.exec()) {
        qCWarning(lcStore) << "Cannot prune the database:" << query.lastError().text();
        return -1;
    }
    return query.numRowsAffected();
}

} // namespace

Retention::Retention(Database &database)
    : Retention(database, Policy())
{ }

Retention::Retention(Database &database, Policy policy)
    : m_database(database)
    , m_policy(policy)
{ }

std::optional<Retention::Pruned> Retention::prune(const QDateTime &now)
{
    QSqlDatabase connection = m_database.connection();
    if (!connection.transaction()) {
        qCWarning(lcStore) << "Cannot prune the database:" << connection.lastError().text();
        return std::nullopt;
    }
    Pruned pruned;
    pruned.signalEvents =
        deleteBefore(connection,
                     QStringLiteral("DELETE FROM incident_events WHERE incident_id IS NULL AND type = 'signal'"
                                    " AND evidence = '' AND name <> 'silence-alarm' AND at_ms < ?"),
                     now.addDays(-m_policy.signalDays));
    pruned.probes = deleteBefore(connection, QStringLiteral("DELETE FROM probes WHERE sent_ms < ?"),
                                 now.addDays(-m_policy.probeDays));
    pruned.journalEntries = deleteBefore(connection, QStringLiteral("DELETE FROM journal WHERE at_ms < ?"),
                                         now.addDays(-m_policy.journalDays));
    if (pruned.signalEvents < 0 || pruned.probes < 0 || pruned.journalEntries < 0 || !connection.commit()) {
        connection.rollback();
        return std::nullopt;
    }
    if (pruned != Pruned())
        qCInfo(lcStore) << "Pruned" << pruned.signalEvents << "old signals," << pruned.probes << "probes and"
                        << pruned.journalEntries << "journal lines";
    return pruned;
}

} // namespace Vigie::Store
