#include "../support/ProcessRunner.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

// vigie --headless: runs the core without any display and stops cleanly on SIGTERM or Ctrl-C.
class HeadlessDaemonTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeConfig(const QString &dataDirectory)
    {
        const QString path = m_dir.filePath(QStringLiteral("vigie.ini"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("[vigie]\ndataDirectory=" + dataDirectory.toUtf8()
                       + "\n[primary]\naddress=owner@primary.test\n[primary.imap]\nhost=imap.primary.test\n");
        }
        return path;
    }

    static QProcessEnvironment displaylessEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // the sentences checked are English
        environment.remove(QStringLiteral("LANGUAGE"));
        return environment;
    }

    static QStringList journalKinds(const QString &dataDirectory)
    {
        Vigie::Store::Database database;
        if (!database.open(dataDirectory + QStringLiteral("/vigie.sqlite")))
            return {};
        QStringList kinds;
        const auto entries = Vigie::Store::Journal(database).entriesSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        for (const auto &entry : entries)
            kinds.append(entry.kind);
        return kinds;
    }

    void stopsCleanlyOn(int signalNumber)
    {
        const QString dataDirectory = m_dir.filePath(QStringLiteral("data-%1").arg(signalNumber));
        QProcess daemon;
        daemon.setProcessEnvironment(displaylessEnvironment());
        QByteArray errors;
        connect(&daemon, &QProcess::readyReadStandardError, this, [&] { errors += daemon.readAllStandardError(); });
        QSignalSpy finished(&daemon, &QProcess::finished);
        daemon.start(QStringLiteral(VIGIE_APP_PATH),
                     {QStringLiteral("--headless"), QStringLiteral("--config"), writeConfig(dataDirectory)});
        QTRY_VERIFY_WITH_TIMEOUT(errors.contains("State::Running"), 15000);
        QCOMPARE(daemon.state(), QProcess::Running);

#ifdef Q_OS_UNIX
        ::kill(static_cast<pid_t>(daemon.processId()), signalNumber);
#else
        daemon.terminate();
#endif
        QVERIFY(finished.wait(15000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        QCOMPARE(journalKinds(dataDirectory),
                 (QStringList{QStringLiteral("service-started"), QStringLiteral("service-stopped")}));
        QFile log(dataDirectory + QStringLiteral("/logs/vigie.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("vigie.service"));
    }

    // vigie-cli COMMAND --config FILE, against whatever Vigie runs with FILE.
    static ProcessResult cli(const QStringList &command, const QString &config)
    {
        return runProcess(QStringLiteral(VIGIE_CLI_PATH), command + QStringList{QStringLiteral("--config"), config},
                          displaylessEnvironment());
    }
    static QJsonObject statusOf(const QString &config)
    {
        const ProcessResult status = cli({QStringLiteral("status"), QStringLiteral("--json")}, config);
        return status.exitCode == 0 ? QJsonDocument::fromJson(status.out.toUtf8()).object() : QJsonObject();
    }

private Q_SLOTS:
    // The owner's overrides and the state of the mail flow, from vigie-cli, for a daemon that has
    // no tray to click.
    void answersVigieCli()
    {
        // A relative data folder is the settings file's, wherever each program starts.
        const QString config = writeConfig(QStringLiteral("data-cli"));
        QCOMPARE(cli({QStringLiteral("status")}, config).exitCode, 3); // none running yet
        QCOMPARE(cli({QStringLiteral("status")}, m_dir.filePath(QStringLiteral("missing.ini"))).exitCode, 2);
        QProcess daemon;
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("elsewhere")));
        daemon.setWorkingDirectory(m_dir.filePath(QStringLiteral("elsewhere")));
        QProcessEnvironment environment = displaylessEnvironment();
        environment.insert(QStringLiteral("VIGIE_PRIMARY_PASSWORD"), QStringLiteral("secret"));
        daemon.setProcessEnvironment(environment);
        daemon.start(QStringLiteral(VIGIE_APP_PATH),
                     {QStringLiteral("--headless"), QStringLiteral("--config"), config});
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(config).value(QStringLiteral("watching")).toBool(), 15000);

        const ProcessResult status = cli({QStringLiteral("status")}, config);
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("Vigie is watching owner@primary.test.")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("Mail flow: flowing")), qPrintable(status.out));

        QCOMPARE(cli({QStringLiteral("snooze"), QStringLiteral("2")}, config).exitCode, 0);
        const QDateTime snoozedUntil =
            QDateTime::fromString(statusOf(config).value(QStringLiteral("snoozedUntil")).toString(), Qt::ISODate);
        QVERIFY(snoozedUntil > QDateTime::currentDateTimeUtc().addSecs(2 * 3600 - 60));
        const ProcessResult tooLong = cli({QStringLiteral("snooze"), QStringLiteral("1000")}, config);
        QCOMPARE(tooLong.exitCode, 1);
        QVERIFY2(tooLong.err.contains(QStringLiteral("Snooze for 1 to 168 hours.")), qPrintable(tooLong.err));

        QCOMPARE(cli({QStringLiteral("declare"), QStringLiteral("outage")}, config).exitCode, 0);
        const QJsonObject outage = statusOf(config);
        QCOMPARE(outage.value(QStringLiteral("mail")).toString(), QStringLiteral("outage"));
        QVERIFY(outage.value(QStringLiteral("incidentOpened")).isString());
        QCOMPARE(cli({QStringLiteral("declare"), QStringLiteral("resolved")}, config).exitCode, 0);
        QCOMPARE(statusOf(config).value(QStringLiteral("mail")).toString(), QStringLiteral("healthy"));
        QCOMPARE(cli({QStringLiteral("declare"), QStringLiteral("victory")}, config).exitCode, 2);

        QSignalSpy finished(&daemon, &QProcess::finished);
        daemon.terminate();
        QVERIFY(finished.wait(15000));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data-cli/vigie.sqlite"))));
        const ProcessResult gone = cli({QStringLiteral("status")}, config);
        QCOMPARE(gone.exitCode, 3);
        QVERIFY2(gone.err.contains(QStringLiteral("No Vigie is running")), qPrintable(gone.err));
    }

    void stopsCleanlyOnSigterm()
    {
#ifdef Q_OS_UNIX
        stopsCleanlyOn(SIGTERM);
#else
        QSKIP("Unix signals");
#endif
    }

    void stopsCleanlyOnCtrlC()
    {
#ifdef Q_OS_UNIX
        stopsCleanlyOn(SIGINT);
#else
        QSKIP("Unix signals");
#endif
    }

    void refusesABrokenSettingsFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[vigie]\nschemaVersion=42\n");
        file.close();
        const ProcessResult result =
            runProcess(QStringLiteral(VIGIE_APP_PATH), {QStringLiteral("--headless"), QStringLiteral("--config"), path},
                       displaylessEnvironment());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("newer Vigie")), qPrintable(result.err));
    }

    void refusesIncompleteSettings()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[vigie]\ndataDirectory=" + m_dir.filePath(QStringLiteral("empty-data")).toUtf8() + "\n");
        file.close();
        const ProcessResult result =
            runProcess(QStringLiteral(VIGIE_APP_PATH), {QStringLiteral("--headless"), QStringLiteral("--config"), path},
                       displaylessEnvironment());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("No primary account")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(HeadlessDaemonTest)
#include "HeadlessDaemonTest.moc"
