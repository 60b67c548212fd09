#include "../support/ProcessRunner.h"

#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

// The vigie tray application as a user starts it: it comes up with its icon, and leaves cleanly
// when the session ends (SIGTERM).
class TrayApplicationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndQuitsCleanly()
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("Needs a real display: run through scripts/run-tests.sh (Xvfb with a tray host).");
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("vigie.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[vigie]\ndataDirectory=" + dir.filePath(QStringLiteral("data")).toUtf8()
                   + "\n[primary]\naddress=owner@primary.test\n[primary.imap]\nhost=imap.primary.test\n");
        file.close();

        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        app.setProcessEnvironment(environment);
        QByteArray errors;
        connect(&app, &QProcess::readyReadStandardError, this, [&] { errors += app.readAllStandardError(); });
        QSignalSpy finished(&app, &QProcess::finished);
        app.start(QStringLiteral(VIGIE_APP_PATH), {QStringLiteral("--config"), config});
        QTRY_VERIFY_WITH_TIMEOUT(errors.contains("State::Running"), 15000);
#ifdef Q_OS_UNIX
        ::kill(static_cast<pid_t>(app.processId()), SIGTERM);
#else
        app.terminate();
#endif
        QVERIFY(finished.wait(15000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(!errors.contains("QWidget"), errors.constData());
    }
};

QTEST_GUILESS_MAIN(TrayApplicationTest)
#include "TrayApplicationTest.moc"
