#include "WatchPositionRepository.h"

#include "Database.h"
#include "StoreLogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Vigie::Store {

WatchPositionRepository::WatchPositionRepository(Database &database)
    : m_database(database)
{ }

bool WatchPositionRepository::save(const WatchPosition &position)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO watch_positions"
                                 " (server, username, mailbox, uid_validity, next_uid, last_arrival_ms, saved_ms)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(position.server);
    query.addBindValue(position.username);
    query.addBindValue(position.mailbox);
    query.addBindValue(qint64(position.uidValidity));
    query.addBindValue(qint64(position.nextUid));
    query.addBindValue(position.lastArrival.isValid() ? QVariant(position.lastArrival.toMSecsSinceEpoch())
                                                      : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(position.saved.toMSecsSinceEpoch());
    if (query.exec())
        return true;
    qCWarning(lcStore) << "Cannot record where the watch stopped:" << query.lastError().text();
    return false;
}

std::optional<WatchPosition> WatchPositionRepository::position(const QString &server, const QString &username,
                                                               const QString &mailbox) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uid_validity, next_uid, last_arrival_ms, saved_ms FROM watch_positions"
                                 " WHERE server = ? AND username = ? AND mailbox = ?"));
    query.addBindValue(server);
    query.addBindValue(username);
    query.addBindValue(mailbox);
    if (!query.exec()) {
        qCWarning(lcStore) << "Cannot read where the watch stopped:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    WatchPosition position;
    position.server = server;
    position.username = username;
    position.mailbox = mailbox;
    position.uidValidity = quint32(query.value(0).toLongLong());
    position.nextUid = quint32(query.value(1).toLongLong());
    if (!query.value(2).isNull())
        position.lastArrival = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    position.saved = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    return position;
}

} // namespace Vigie::Store
