#include "../smtp/ScriptedSmtpServer.h"
#include "../smtp/ScriptedSubmission.h"

#include "platform/Clock.h"
#include "probe/ProbeScheduler.h"
#include "store/Database.h"
#include "store/ProbeRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using Probe::ProbeScheduler;

// A probe whose submission Vigie cut short is closed honestly, not left pending for ever.
class ProbeSchedulerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stoppingMidSubmissionAbandonsTheProbe()
    {
        QTemporaryDir dir;
        Store::Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("vigie.sqlite"))));
        Store::ProbeRepository probes(database);
        // The server greets, then never answers EHLO: the submission is in flight.
        ScriptedSmtpServer server(QStringLiteral("S: 220 fake.test ESMTP scripted\nC: EHLO [127.0.0.1]\n"));
        QVERIFY(server.listen());
        ProbeScheduler::Options options;
        options.server.host = QStringLiteral("127.0.0.1");
        options.server.port = server.port();
        options.server.tls = Config::TlsMode::None;
        options.credentials = ScriptedSubmission::password();
        options.from = QStringLiteral("owner@backup.test");
        options.to = QStringLiteral("owner@primary.test");
        options.firstProbeDelayMs = 0;
        options.timeouts = ScriptedSubmission::shortTimeouts();
        Platform::SystemClock clock;
        ProbeScheduler scheduler(options, clock, &probes);
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
};

QTEST_GUILESS_MAIN(ProbeSchedulerTest)
#include "ProbeSchedulerTest.moc"
