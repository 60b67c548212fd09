#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Vigie::Store {

class Database;

// The timestamped log of what Vigie did and saw, kept in the database as evidence.
class Journal
{
public:
    struct Entry
    {
        QDateTime at;
        QString kind; // a stable identifier: "service-started", "outage-declared", ...
        QString message; // for people

        bool operator==(const Entry &) const = default;
    };

    explicit Journal(Database &database);

    bool append(const QString &kind, const QString &message, const QDateTime &at = QDateTime::currentDateTimeUtc());
    QList<Entry> entriesSince(const QDateTime &since, int limit = 1000) const;

private:
    Database &m_database;
};

} // namespace Vigie::Store
