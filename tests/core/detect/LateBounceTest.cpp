#include "detect/IncidentStateMachine.h"
#include "platform/Clock.h"
#include "probe/ProbeTracker.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/ProbeRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using Detect::IncidentState;
using Detect::IncidentStateMachine;
using Detect::SignalEvent;
using Severity = SignalEvent::Severity;

namespace {

const QDateTime Start(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);
// Sent by an earlier run two hours before this one started; its bounce came an hour later.
const QString EarlierToken = QStringLiteral("eArLy7wQ2nVb5xKp9sRt3mZc8fHj4gNa");
const QDateTime EarlierSent = Start.addSecs(-2 * 3600);
const QDateTime BounceCame = Start.addSecs(-3600);
const QString ExtraToken = QStringLiteral("xTrA7wQ2nVb5xKp9sRt3mZc8fHj4gNa6");
const QString RawDsn = QStringLiteral("Reporting-MTA: dns; mx.backup.test\r\nFinal-Recipient: rfc822; "
                                      "owner@primary.test\r\nAction: failed\r\nStatus: 5.1.1\r\n");

IncidentStateMachine::Options machineOptions(bool probesEnabled)
{
    IncidentStateMachine::Options options;
    options.probesEnabled = probesEnabled;
    return options;
}

// One run of Vigie on a database of its own, where an earlier run left one probe in flight.
struct Run
{
    Run(const QString &path, bool probesEnabled, qint64 overdueMs)
        : machine(machineOptions(probesEnabled), clock, Detect::IncidentRecorder(&incidents))
        , tracker(Probe::ProbeTracker::Options{overdueMs}, clock, &probes)
    {
        QVERIFY(database.open(path));
        Store::ProbeRecord earlier;
        earlier.token = EarlierToken;
        earlier.sent = EarlierSent;
        earlier.outcome = QStringLiteral("accepted");
        QVERIFY(probes.insert(earlier));
        QObject::connect(&tracker, &Probe::ProbeTracker::signalRaised, &machine, &IncidentStateMachine::handle);
        tracker.restore();
    }

    Platform::ManualClock clock{Start};
    Store::Database database;
    Store::IncidentRepository incidents{database};
    Store::ProbeRepository probes{database};
    IncidentStateMachine machine;
    Probe::ProbeTracker tracker;
    QSignalSpy extraProbes{&machine, &IncidentStateMachine::extraProbeRequested};
};

} // namespace

// Reports found on connecting (they came while Vigie was not running) are evidence of a past
// problem: Suspect at most, with the report kept, and an extra probe that decides. Live ones keep
// their weight.
class LateBounceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;
    std::unique_ptr<Run> m_run;

    void startRun(bool probesEnabled = true, qint64 overdueMs = 30 * 60 * 1000)
    {
        m_run.reset();
        m_run = std::make_unique<Run>(m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(++m_runs)), probesEnabled,
                                      overdueMs);
        QVERIFY(m_run->tracker.isIssued(EarlierToken)); // the earlier run's probe is still ours
    }

    void probeBounced(const QString &token, const QDateTime &reportCame, bool foundLate)
    {
        m_run->tracker.probeBounced(
            SignalEvent::probeBounced(m_run->clock.now(), token, Severity::Permanent, "5.1.1", RawDsn)
                .fromReport(reportCame, foundLate),
            QStringLiteral("userunknown"));
    }

    // The earlier run's probe bounced while Vigie was stopped; found as this run connects.
    void lateProbeBounce()
    {
        m_run->clock.advance(2'000);
        probeBounced(EarlierToken, BounceCame, true);
    }

    // Stored and issued, as the scheduler does; the time it comes back (or its report does).
    QDateTime sendExtraProbe()
    {
        m_run->clock.advance(1'000);
        Store::ProbeRecord extra;
        extra.token = ExtraToken;
        extra.sent = m_run->clock.now();
        extra.outcome = QStringLiteral("accepted");
        m_run->probes.insert(extra);
        m_run->tracker.probeIssued(ExtraToken, extra.sent);
        m_run->clock.advance(20'000);
        return m_run->clock.now();
    }

    QList<Store::IncidentEventRecord> signalsNamed(const QString &name) const
    {
        QList<Store::IncidentEventRecord> found;
        if (!m_run->machine.mailIncident())
            return found;
        for (const Store::IncidentEventRecord &event : m_run->incidents.timeline(m_run->machine.mailIncident()->id)) {
            if (event.type == u"signal" && event.name == name)
                found.append(event);
        }
        return found;
    }

private Q_SLOTS:
    void aLateHardProbeBounceIsSuspectAndAsksForAProbe()
    {
        startRun();
        lateProbeBounce();
        QCOMPARE(m_run->machine.state(), IncidentState::Suspect);
        QCOMPARE(m_run->extraProbes.count(), 1);
        const std::optional<Store::ProbeRecord> probe = m_run->probes.probe(EarlierToken);
        QCOMPARE(probe->bounced, BounceCame); // when the report came, not when it was found
        QCOMPARE(probe->bounceStatus, QStringLiteral("5.1.1"));
        QCOMPARE(probe->bounceDsn, RawDsn);

        const QList<Store::IncidentEventRecord> bounced = signalsNamed(QStringLiteral("probe-bounced"));
        QCOMPARE(bounced.size(), 1);
        QCOMPARE(bounced[0].at, m_run->clock.now());
        QCOMPARE(bounced[0].evidence, RawDsn);
        const QJsonObject detail = QJsonDocument::fromJson(bounced[0].detail.toUtf8()).object();
        QCOMPARE(QDateTime::fromString(detail.value(QStringLiteral("happened")).toString(), Qt::ISODateWithMs),
                 BounceCame);
        QCOMPARE(detail.value(QStringLiteral("foundLate")).toBool(), true);
        QCOMPARE(detail.value(QStringLiteral("code")).toString(), QStringLiteral("5.1.1"));
    }

    void aLateOwnerAddressBounceIsSuspectAndAsksForAProbe()
    {
        startRun();
        m_run->clock.advance(2'000);
        m_run->machine.handle(SignalEvent::ownerAddressBounced(m_run->clock.now(), Severity::Permanent, "5.1.1", RawDsn)
                                  .fromReport(BounceCame, true));
        QCOMPARE(m_run->machine.state(), IncidentState::Suspect);
        QCOMPARE(m_run->extraProbes.count(), 1);
        const QList<Store::IncidentEventRecord> bounced = signalsNamed(QStringLiteral("owner-address-bounced"));
        QCOMPARE(bounced.size(), 1);
        QCOMPARE(bounced[0].evidence, RawDsn);
        QVERIFY2(bounced[0].detail.contains(BounceCame.toString(Qt::ISODateWithMs)), qPrintable(bounced[0].detail));
    }

    void theExtraProbeArrivingIsHealthy()
    {
        startRun();
        lateProbeBounce();
        const QDateTime arrived = sendExtraProbe();
        m_run->tracker.probeArrived(ExtraToken, arrived);
        QCOMPARE(m_run->machine.state(), IncidentState::Healthy);
        QCOMPARE(m_run->incidents.incidentsSince(Start).constFirst().outcome, QStringLiteral("dismissed"));
    }

    void theExtraProbeBouncingLiveIsAnOutage()
    {
        startRun();
        QSignalSpy outage(&m_run->machine, &IncidentStateMachine::outageDeclared);
        lateProbeBounce();
        const QDateTime came = sendExtraProbe();
        QCOMPARE(outage.count(), 0);
        probeBounced(ExtraToken, came, false);
        QCOMPARE(m_run->machine.state(), IncidentState::Outage);
        QCOMPARE(outage.count(), 1);
        QCOMPARE(signalsNamed(QStringLiteral("probe-bounced")).size(), 2); // the late one stays as evidence
    }

    void theExtraProbeLostIsAnOutage()
    {
        startRun(true, 100); // the tracker's overdue timer runs on real time
        lateProbeBounce();
        sendExtraProbe();
        QCOMPARE(m_run->machine.state(), IncidentState::Suspect);
        QTRY_COMPARE_WITH_TIMEOUT(m_run->machine.state(), IncidentState::Outage, 5'000);
        QVERIFY(m_run->probes.probe(ExtraToken)->overdue.isValid());
    }

    void aLiveHardBounceIsStillAnOutageAtOnce()
    {
        startRun();
        m_run->clock.advance(2'000);
        probeBounced(EarlierToken, m_run->clock.now(), false);
        QCOMPARE(m_run->machine.state(), IncidentState::Outage);
        QCOMPARE(m_run->extraProbes.count(), 0);
        const QJsonObject detail =
            QJsonDocument::fromJson(signalsNamed(QStringLiteral("probe-bounced")).constFirst().detail.toUtf8())
                .object();
        QVERIFY(detail.contains(QStringLiteral("happened")));
        QVERIFY(!detail.contains(QStringLiteral("foundLate")));
    }

    // However many late reports, and even with no probes to decide: never an outage from them.
    void lateReportsNeverMakeAnOutage()
    {
        startRun();
        m_run->machine.handle(SignalEvent::silenceAlarm(m_run->clock.now(), 9.5, 9.2));
        QCOMPARE(m_run->machine.state(), IncidentState::Suspect);
        QSignalSpy probes(&m_run->machine, &IncidentStateMachine::extraProbeRequested);
        lateProbeBounce();
        m_run->machine.handle(SignalEvent::ownerAddressBounced(m_run->clock.now(), Severity::Permanent, "5.1.1", RawDsn)
                                  .fromReport(BounceCame, true));
        QCOMPARE(m_run->machine.state(), IncidentState::Suspect);
        QCOMPARE(probes.size(), 1); // one probe settles every report of the past
        // Ordinary mail answered the silence; it does not answer the bounces.
        m_run->machine.handle(SignalEvent::mailArrived(m_run->clock.now()));
        QCOMPARE(m_run->machine.state(), IncidentState::Suspect);

        startRun(false);
        lateProbeBounce();
        QCOMPARE(m_run->machine.state(), IncidentState::Suspect);
    }
};

QTEST_GUILESS_MAIN(LateBounceTest)
#include "LateBounceTest.moc"
