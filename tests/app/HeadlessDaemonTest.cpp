#include "../support/ProcessRunner.h"
#include "store/Database.h"
#include "store/Journal.h"

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

private Q_SLOTS:
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
