#include "platform/Clock.h"
#include "probe/ProbeTracker.h"
#include "store/Database.h"
#include "store/ProbeRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using Detect::SignalEvent;
using Probe::ProbeTracker;

namespace {

const QDateTime Start(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
constexpr qint64 OverdueMs = 30 * 60 * 1000;

} // namespace

// The tracker across a restart: what an earlier run left in the probes table.
class ProbeTrackerRestartTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::ProbeRepository> m_probes;

    void store(const QString &token, const QDateTime &sent, const QString &outcome)
    {
        Store::ProbeRecord probe;
        probe.token = token;
        probe.sent = sent;
        QVERIFY(m_probes->insert(probe));
        if (outcome != u"pending")
            QVERIFY(m_probes->setSubmission(token, outcome, QStringLiteral("Done"), QStringLiteral("250"),
                                            QStringLiteral("Q1"), {}));
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Store::Database>();
        QVERIFY(m_database->open(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))));
        m_probes = std::make_unique<Store::ProbeRepository>(*m_database);
    }

    void cleanup()
    {
        m_probes.reset();
        m_database.reset();
    }

    void unansweredProbesOfAnEarlierRunAreAbandonedNotOverdue()
    {
        store(QStringLiteral("left"), Start.addSecs(-3600), QStringLiteral("pending"));
        Platform::ManualClock clock(Start);
        ProbeTracker tracker({OverdueMs}, clock, m_probes.get());
        QSignalSpy raised(&tracker, &ProbeTracker::signalRaised);
        tracker.restore();
        QCOMPARE(m_probes->probe(QStringLiteral("left"))->outcome, QStringLiteral("abandoned"));
        QVERIFY(tracker.isIssued(QStringLiteral("left"))); // it may have gone out, and may still arrive
        clock.advance(OverdueMs + 1000);
        tracker.probeIssued(QStringLiteral("new"), Start);
        QVERIFY(raised.wait(5000));
        QCOMPARE(raised.size(), 1);
        const auto event = raised.constFirst().constFirst().value<SignalEvent>();
        QCOMPARE(event.kind, SignalEvent::Kind::ProbeOverdue);
        QCOMPARE(event.probeToken, QStringLiteral("new"));
        QVERIFY(!m_probes->probe(QStringLiteral("left"))->overdue.isValid());
    }

    void aProbeThatCameWhileVigieWasDownCountsToItsArrival()
    {
        const QDateTime sent = Start.addSecs(-3 * 3600);
        store(QStringLiteral("late"), sent, QStringLiteral("accepted"));
        QVERIFY(m_probes->setOverdue(QStringLiteral("late"), sent.addMSecs(OverdueMs)));
        Platform::ManualClock clock(Start);
        ProbeTracker tracker({OverdueMs}, clock, m_probes.get());
        tracker.restore();
        QSignalSpy raised(&tracker, &ProbeTracker::signalRaised);
        QVERIFY(tracker.isIssued(QStringLiteral("late")));
        QVERIFY(!tracker.hasArrived(QStringLiteral("late"))); // not to be removed before it is recorded
        tracker.probeArrived(QStringLiteral("late"), sent.addSecs(95));
        QVERIFY(tracker.hasArrived(QStringLiteral("late")));
        QCOMPARE(raised.size(), 1);
        const auto event = raised.constFirst().constFirst().value<SignalEvent>();
        QCOMPARE(event.kind, SignalEvent::Kind::ProbeArrived);
        QCOMPARE(event.at, Start); // learned now: the state machine's timeline runs forward
        QCOMPARE(event.roundTripMs, 95'000);
        const Store::ProbeRecord probe = *m_probes->probe(QStringLiteral("late"));
        QCOMPARE(probe.arrived, sent.addSecs(95));
        QCOMPARE(probe.roundTripMs, 95'000);
        tracker.probeArrived(QStringLiteral("late"), sent.addSecs(96)); // reported again: once only
        QCOMPARE(raised.size(), 1);
    }

    void anAbandonedProbeThatArrivedAfterAllIsRecorded()
    {
        store(QStringLiteral("cut"), Start.addSecs(-600), QStringLiteral("pending"));
        Platform::ManualClock clock(Start);
        ProbeTracker tracker({OverdueMs}, clock, m_probes.get());
        tracker.restore();
        tracker.probeArrived(QStringLiteral("cut"), Start.addSecs(-590));
        const Store::ProbeRecord probe = *m_probes->probe(QStringLiteral("cut"));
        QCOMPARE(probe.outcome, QStringLiteral("abandoned"));
        QCOMPARE(probe.roundTripMs, 10'000);
    }
};

QTEST_GUILESS_MAIN(ProbeTrackerRestartTest)
#include "ProbeTrackerRestartTest.moc"
