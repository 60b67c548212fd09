#include "../smtp/ScriptedSmtpServer.h"
#include "../smtp/ScriptedSubmission.h"

#include "platform/Clock.h"
#include "probe/ProbeScheduler.h"
#include "store/Database.h"
#include "store/ProbeRepository.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using Probe::ProbeScheduler;

// A probe whose submission Vigie cut short is closed honestly, not left pending for ever; an
// extra probe asked for before the scheduler starts is not forgotten.
class ProbeSchedulerTest : public QObject
{
    Q_OBJECT

    // To a server that greets, then never answers EHLO: the submission stays in flight.
    static ProbeScheduler::Options options(const ScriptedSmtpServer &server, qint64 firstProbeDelayMs)
    {
        ProbeScheduler::Options options;
        options.server.host = QStringLiteral("127.0.0.1");
        options.server.port = server.port();
        options.server.tls = Config::TlsMode::None;
        options.credentials = ScriptedSubmission::password();
        options.from = QStringLiteral("owner@backup.test");
        options.to = QStringLiteral("owner@primary.test");
        options.firstProbeDelayMs = firstProbeDelayMs;
        options.timeouts = ScriptedSubmission::shortTimeouts();
        return options;
    }
    static QString greetingOnly() { return QStringLiteral("S: 220 fake.test ESMTP scripted\nC: EHLO [127.0.0.1]\n"); }

private Q_SLOTS:
    void stoppingMidSubmissionAbandonsTheProbe()
    {
        QTemporaryDir dir;
        Store::Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("vigie.sqlite"))));
        Store::ProbeRepository probes(database);
        ScriptedSmtpServer server(greetingOnly());
        QVERIFY(server.listen());
        Platform::SystemClock clock;
        ProbeScheduler scheduler(options(server, 0), clock, &probes);
        QSignalSpy issued(&scheduler, &ProbeScheduler::probeIssued);
        scheduler.start();
        QVERIFY(issued.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(server.isScriptDone(), 5000);
        const QString token = issued.constFirst().constFirst().toString();
        QCOMPARE(probes.probe(token)->outcome, QStringLiteral("pending"));
        scheduler.stop();
        const Store::ProbeRecord probe = *probes.probe(token);
        QCOMPARE(probe.outcome, QStringLiteral("abandoned"));
        QVERIFY(!probe.submissionStep.isEmpty());
        QVERIFY(!probe.isOutstanding());
        VERIFY_SCRIPT_FOLLOWED(server);
    }

    // A backup account that fails probe after probe is one problem, told once, not once a probe.
    void aBackupThatKeepsFailingIsToldOnce()
    {
        ScriptedSmtpServer server(greetingOnly());
        QVERIFY(server.listen());
        ProbeScheduler::Options failing = options(server, 0);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        failing.server.port = closed.serverPort();
        closed.close(); // connections refused
        failing.intervalMs = 1'000;
        Platform::SystemClock clock;
        ProbeScheduler scheduler(failing, clock, nullptr);
        QSignalSpy withdrawn(&scheduler, &ProbeScheduler::probeWithdrawn);
        QSignalSpy problems(&scheduler, &ProbeScheduler::backupProblemOccurred);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(withdrawn.count() >= 3, 10'000);
        QCOMPARE(problems.count(), 1);
        scheduler.stop();
    }

    // What the watchers find on connecting may ask for a probe before both are watching.
    void anExtraProbeAskedForBeforeStartGoesAtStart()
    {
        ScriptedSmtpServer server(greetingOnly());
        QVERIFY(server.listen());
        Platform::SystemClock clock;
        ProbeScheduler scheduler(options(server, 3'600'000), clock, nullptr);
        QSignalSpy issued(&scheduler, &ProbeScheduler::probeIssued);
        scheduler.probeNow();
        QCOMPARE(issued.count(), 0);
        scheduler.start();
        QVERIFY(issued.wait(5000));
        QCOMPARE(issued.count(), 1);
        scheduler.stop();
    }
};

QTEST_GUILESS_MAIN(ProbeSchedulerTest)
#include "ProbeSchedulerTest.moc"
