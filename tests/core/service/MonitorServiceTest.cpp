#include "service/MonitorService.h"
#include "secrets/EnvironmentSecretStore.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/Journal.h"

#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using State = Service::MonitorService::State;

class MonitorServiceTest : public QObject
{
    Q_OBJECT

private:
    static Config::Settings validSettings()
    {
        Config::Settings settings;
        settings.primary.address = QStringLiteral("owner@primary.test");
        settings.primary.imap.host = QStringLiteral("imap.primary.test");
        return settings;
    }

    static QStringList journalKinds(const QString &databasePath)
    {
        Store::Database database;
        if (!database.open(databasePath))
            return {QStringLiteral("cannot open")};
        QStringList kinds;
        const auto entries = Store::Journal(database).entriesSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        for (const auto &entry : entries)
            kinds.append(entry.kind);
        return kinds;
    }

private Q_SLOTS:
    void runsAndJournalsStartAndStop()
    {
        QTemporaryDir dir;
        const QString databasePath = dir.filePath(QStringLiteral("vigie.sqlite"));
        {
            Service::MonitorService service(validSettings(), databasePath);
            QSignalSpy states(&service, &Service::MonitorService::stateChanged);
            service.start();
            QCOMPARE(service.state(), State::Running);
            QVERIFY(service.problem().isEmpty());
            service.stop();
            QCOMPARE(service.state(), State::Stopped);
            QCOMPARE(states.size(), 2);
        }
        QCOMPARE(journalKinds(databasePath),
                 (QStringList{QStringLiteral("service-started"), QStringLiteral("service-stopped")}));
    }

    // The signals of ordinary days (each message and probe that arrived) do not pile up for ever.
    void startingPrunesTheOldEverydayRecord()
    {
        QTemporaryDir dir;
        const QString databasePath = dir.filePath(QStringLiteral("vigie.sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            Store::Database database;
            QVERIFY(database.open(databasePath));
            Store::IncidentRepository incidents(database);
            for (const QDateTime &at : {now.addYears(-2), now.addDays(-1)})
                QVERIFY(incidents.appendEvent(
                    {0, at, QStringLiteral("signal"), QStringLiteral("mail-arrived"), {}, {}, {}, {}}));
        }
        Service::MonitorService service(validSettings(), databasePath);
        service.start();
        QCOMPARE(service.state(), State::Running);
        service.stop();
        Store::Database database;
        QVERIFY(database.open(databasePath));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT at_ms FROM incident_events")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), now.addDays(-1).toMSecsSinceEpoch());
        QVERIFY(!query.next());
    }

    void oneVigiePerDatabase()
    {
        QTemporaryDir dir;
        const QString databasePath = dir.filePath(QStringLiteral("vigie.sqlite"));
        Service::MonitorService first(validSettings(), databasePath);
        first.start();
        QCOMPARE(first.state(), State::Running);
        Service::MonitorService second(validSettings(), databasePath);
        second.start();
        QCOMPARE(second.state(), State::Failed);
        QVERIFY2(second.problem().startsWith(
                     QStringLiteral("Vigie is already running (process %1)").arg(QCoreApplication::applicationPid())),
                 qPrintable(second.problem()));
        first.stop();
        second.start();
        QCOMPARE(second.state(), State::Running);
    }

    // A lock left by a Vigie that died does not keep the next one out, even when the process
    // number came back (a container's first process) or the machine's name changed.
    void aLockLeftByADeadVigieIsTakenOver_data()
    {
        QTest::addColumn<QByteArray>("pid");
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("same process number")
            << QByteArray::number(QCoreApplication::applicationPid()) << QSysInfo::machineHostName().toUtf8();
        QTest::newRow("host of another name") << QByteArray("1") << QByteArray("a-container-long-gone");
    }
    void aLockLeftByADeadVigieIsTakenOver()
    {
        QFETCH(QByteArray, pid);
        QFETCH(QByteArray, host);
        QTemporaryDir dir;
        const QString databasePath = dir.filePath(QStringLiteral("vigie.sqlite"));
        const QString lockPath = databasePath + QStringLiteral(".lock");
        // Qt's lock file: process number, application, host name, machine id, boot id, a line each.
        QList<QByteArray> lines;
        {
            QLockFile lock(lockPath);
            QVERIFY(lock.tryLock());
            QFile file(lockPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            lines = file.readAll().split('\n');
        }
        QVERIFY(lines.size() >= 4);
        lines[0] = pid;
        if (lines[2] != host) {
            lines[2] = host;
            lines[3] = "another-machine";
        }
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.join('\n'));
        file.close();
        QVERIFY(!QLockFile(lockPath).tryLock()); // Qt alone would wait for ever

        Service::MonitorService service(validSettings(), databasePath);
        service.start();
        QCOMPARE(service.state(), State::Running);
    }

    // A Vigie that still holds its lock keeps it, even when the host's name changed under it.
    void aLockStillHeldIsNotTakenOver()
    {
        QTemporaryDir dir;
        const QString databasePath = dir.filePath(QStringLiteral("vigie.sqlite"));
        const QString lockPath = databasePath + QStringLiteral(".lock");
        QLockFile holder(lockPath);
        QVERIFY(holder.tryLock());
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.size() >= 4);
        lines[2] = "renamed-while-running";
        lines[3] = "another-machine";
        QVERIFY(file.seek(0));
        QVERIFY(file.resize(0));
        file.write(lines.join('\n'));
        file.close();

        Service::MonitorService service(validSettings(), databasePath);
        service.start();
        QCOMPARE(service.state(), State::Failed);
        QVERIFY2(service.problem().startsWith(QStringLiteral("Vigie is already running")),
                 qPrintable(service.problem()));
    }

    void incompleteSettingsAreNotConfigured()
    {
        QTemporaryDir dir;
        Service::MonitorService service(Config::Settings(), dir.filePath(QStringLiteral("vigie.sqlite")));
        service.start();
        QCOMPARE(service.state(), State::NotConfigured);
        QVERIFY(service.problem().contains(QStringLiteral("primary")));
    }

    void missingPasswordIsNotConfigured()
    {
        QTemporaryDir dir;
        Secrets::EnvironmentSecretStore secrets{QProcessEnvironment()};
        Service::MonitorService service(validSettings(), dir.filePath(QStringLiteral("vigie.sqlite")));
        service.setSecretStore(&secrets);
        QSignalSpy states(&service, &Service::MonitorService::stateChanged);
        service.start();
        QCOMPARE(service.state(), State::Running);
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), State::NotConfigured, 5000);
        QVERIFY(service.problem().contains(QStringLiteral("owner@primary.test")));
        QCOMPARE(service.pipeline(), nullptr);
    }

    void unusableDatabaseFailsWithASentence()
    {
        QTemporaryDir dir;
        const QString databasePath = dir.filePath(QStringLiteral("vigie.sqlite"));
        QFile garbage(databasePath);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x7f'));
        garbage.close();
        Service::MonitorService service(validSettings(), databasePath);
        service.start();
        QCOMPARE(service.state(), State::Failed);
        QVERIFY(service.problem().contains(databasePath));
    }
};

QTEST_GUILESS_MAIN(MonitorServiceTest)
#include "MonitorServiceTest.moc"
