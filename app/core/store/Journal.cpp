#include "Journal.h"

#include "Database.h"
#include "StoreLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Vigie::Store {

Journal::Journal(Database &database)
    : m_database(database)
{ }

bool Journal::append(const QString &kind, const QString &message, const QDateTime &at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO journal (at_ms, kind, message) VALUES (?, ?, ?)"));
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(kind);
    query.addBindValue(message);
    if (!query.exec()) {
        qCWarning(lcStore) << "Cannot add to the journal:" << query.lastError().text();
        return false;
    }
    return true;
}

QList<Journal::Entry> Journal::entriesSince(const QDateTime &since, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT at_ms, kind, message FROM journal WHERE at_ms >= ? "
                                 "ORDER BY at_ms, id LIMIT ?"));
    query.addBindValue(since.toMSecsSinceEpoch());
    query.addBindValue(limit);
    QList<Entry> entries;
    if (!query.exec()) {
        qCWarning(lcStore) << "Cannot read the journal:" << query.lastError().text();
        return entries;
    }
    while (query.next()) {
        entries.append({QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC), query.value(1).toString(),
                        query.value(2).toString()});
    }
    return entries;
}

} // namespace Vigie::Store
