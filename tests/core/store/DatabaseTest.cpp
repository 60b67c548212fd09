#include "store/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie::Store;

class DatabaseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QString pragma(const Database &database, const QString &name)
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            return {};
        return query.value(0).toString();
    }

private Q_SLOTS:
    void createsAnUpToDateDatabaseInWalMode()
    {
        Database database;
        QVERIFY2(database.open(path("nested/folder/vigie.sqlite")), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), schemaMigrations().constLast().version);
        QCOMPARE(pragma(database, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(database, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM journal")));
    }

    void migratesOnlyWhatIsMissing()
    {
        const QList<SchemaMigration> first{{1, {QStringLiteral("CREATE TABLE a (x INTEGER)")}}};
        {
            Database database;
            QVERIFY(database.open(path("steps.sqlite"), first));
            QSqlQuery insert(database.connection());
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO a VALUES (42)")));
        }
        const QList<SchemaMigration> both =
            first + QList<SchemaMigration>{{2, {QStringLiteral("ALTER TABLE a ADD COLUMN y TEXT")}}};
        Database database;
        QVERIFY2(database.open(path("steps.sqlite"), both), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), 2);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT x, y FROM a")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 42);
    }

    // vigie-cli reads what a running Vigie wrote: it neither creates nor upgrades a database.
    void openExistingNeitherCreatesNorUpgrades()
    {
        const QList<SchemaMigration> first{{1, {QStringLiteral("CREATE TABLE c (x INTEGER)")}}};
        const QList<SchemaMigration> both =
            first + QList<SchemaMigration>{{2, {QStringLiteral("ALTER TABLE c ADD COLUMN y TEXT")}}};
        {
            Database absent;
            QVERIFY(!absent.openExisting(path("absent.sqlite"), first));
            QVERIFY(absent.errorString().contains(QStringLiteral("There is no Vigie database")));
            QVERIFY(!QFile::exists(path("absent.sqlite")));
        }
        {
            Database writer;
            QVERIFY(writer.open(path("existing.sqlite"), first));
        }
        {
            Database reader;
            QVERIFY(!reader.openExisting(path("existing.sqlite"), both));
            QVERIFY(reader.errorString().contains(QStringLiteral("schema 1, this program knows 2")));
        }
        Database reader; // still at schema 1, not upgraded by the refused reader

        QVERIFY2(reader.openExisting(path("existing.sqlite"), first), qPrintable(reader.errorString()));
        QSqlQuery query(reader.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT x FROM c")));
    }

    void failedMigrationLeavesTheOldSchema()
    {
        const QList<SchemaMigration> first{{1, {QStringLiteral("CREATE TABLE b (x INTEGER)")}}};
        {
            Database database;
            QVERIFY(database.open(path("rollback.sqlite"), first));
        }
        const QList<SchemaMigration> broken = first
            + QList<SchemaMigration>{
                {2, {QStringLiteral("CREATE TABLE c (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")}}};
        {
            Database database;
            QVERIFY(!database.open(path("rollback.sqlite"), broken));
            QVERIFY(database.errorString().contains(QStringLiteral("schema 2")));
        }
        Database database;
        QVERIFY(database.open(path("rollback.sqlite"), first));
        QCOMPARE(database.schemaVersion(), 1);
        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(QStringLiteral("SELECT * FROM c")));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QFile file(path("garbage.sqlite"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Database database;
        QVERIFY(!database.open(path("garbage.sqlite")));
        QVERIFY2(database.errorString().contains(QStringLiteral("not a Vigie database")),
                 qPrintable(database.errorString()));
    }

    void refusesADatabaseFromANewerVigie()
    {
        {
            Database database;
            QVERIFY(database.open(path("newer.sqlite")));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=999")));
        }
        Database database;
        QVERIFY(!database.open(path("newer.sqlite")));
        QVERIFY(database.errorString().contains(QStringLiteral("newer version")));
    }

    void refusesAnUnwritableFolder()
    {
#ifdef Q_OS_UNIX
        if (QFile::exists(QStringLiteral("/proc/self"))
            && QFile::permissions(QStringLiteral("/proc")) & QFile::WriteOther)
            QSKIP("unexpected /proc permissions");
#endif
        Database database;
        QVERIFY(!database.open(QStringLiteral("/proc/vigie-test/vigie.sqlite")));
        QVERIFY(!database.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
