#pragma once

#include "SchemaMigrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Vigie::Store {

// Vigie's SQLite file: opened in WAL mode with foreign keys on, brought to the latest schema
// on open. Each Database has its own named Qt SQL connection, removed on destruction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Store::Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Returns false, with errorString() set to a sentence for the user, when the file cannot be
    // used: unwritable folder, not an SQLite file, or written by a newer Vigie.
    bool open(const QString &path, const QList<SchemaMigration> &migrations = schemaMigrations());
    // For reading what a Vigie wrote, which may be running: never creates nor upgrades anything,
    // and refuses a database of another schema than migrations' last.
    bool openExisting(const QString &path, const QList<SchemaMigration> &migrations = schemaMigrations());

    QString errorString() const { return m_errorString; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase connection() const;

private:
    bool fail(const QString &sentence);
    bool execute(const QString &statement);
    bool openConnection(const QString &path);
    bool migrate(const QList<SchemaMigration> &migrations);

    QString m_connectionName;
    QString m_path;
    QString m_errorString;
};

} // namespace Vigie::Store
