#include "Database.h"

#include "StoreLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Vigie::Store {

Database::Database()
    : m_connectionName(QStringLiteral("vigie-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::fail(const QString &sentence)
{
    m_errorString = sentence;
    qCWarning(lcStore).noquote() << sentence;
    connection().close();
    return false;
}

bool Database::execute(const QString &statement)
{
    QSqlQuery query(connection());
    if (query.exec(statement))
        return true;
    qCWarning(lcStore) << "SQL failed:" << statement << query.lastError().text();
    return false;
}

bool Database::open(const QString &path, const QList<SchemaMigration> &migrations)
{
    m_path = path;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot create the folder %1 for Vigie's database.").arg(folder));
    return openConnection(path) && migrate(migrations);
}

bool Database::openExisting(const QString &path, const QList<SchemaMigration> &migrations)
{
    m_path = path;
    if (!QFileInfo(path).isFile())
        return fail(tr("There is no Vigie database at %1.").arg(path));
    if (!openConnection(path))
        return false;
    const int current = schemaVersion();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current != latest) {
        return fail(tr("The database %1 is of another version of Vigie (schema %2, this program knows %3): use "
                       "the vigie-cli that came with the Vigie that wrote it.")
                        .arg(path)
                        .arg(current)
                        .arg(latest));
    }
    return true;
}

bool Database::openConnection(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return fail(tr("Cannot open Vigie's database %1: %2").arg(path, db.lastError().text()));
    }
    // The first statement that reads the file is where SQLite notices it is not a database.
    QString journalMode;
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && probe.next())
            journalMode = probe.value(0).toString();
    }
    if (journalMode.isEmpty()) {
        return fail(tr("The file %1 is not a Vigie database, or it is damaged. Move it "
                       "aside and Vigie will create a new one.")
                        .arg(path));
    }
    if (journalMode.compare(u"wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "SQLite refused WAL mode for" << path << "- using" << journalMode;
    if (!execute(QStringLiteral("PRAGMA foreign_keys=ON")) || !execute(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return fail(tr("Cannot configure Vigie's database %1.").arg(path));
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        const int version = query.value(0).toInt();
        query.finish();
        return version;
    }
    return -1;
}

bool Database::migrate(const QList<SchemaMigration> &migrations)
{
    const int current = schemaVersion();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > latest) {
        return fail(tr("The database %1 was written by a newer version of Vigie "
                       "(schema %2, this version knows %3). Update Vigie.")
                        .arg(m_path)
                        .arg(current)
                        .arg(latest));
    }
    QSqlDatabase db = connection();
    for (const SchemaMigration &migration : migrations) {
        if (migration.version <= current)
            continue;
        bool ok = db.transaction();
        for (const QString &statement : migration.statements)
            ok = ok && execute(statement);
        ok = ok && execute(QStringLiteral("PRAGMA user_version=%1").arg(migration.version));
        if (!ok || !db.commit()) {
            db.rollback();
            return fail(tr("Cannot upgrade the database %1 to schema %2.").arg(m_path).arg(migration.version));
        }
        qCInfo(lcStore) << "Database" << m_path << "upgraded to schema" << migration.version;
    }
    return true;
}

} // namespace Vigie::Store
