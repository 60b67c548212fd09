#include "detect/SilenceWatch.h"
#include "platform/Clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Vigie::Detect;
using Vigie::Platform::ManualClock;

class SilenceWatchTest : public QObject
{
    Q_OBJECT

    static QList<TimedArrival> everyHalfHour(const QDateTime &start, int days)
    {
        QList<TimedArrival> arrivals;
        for (qint64 at = start.toMSecsSinceEpoch(); at < start.addDays(days).toMSecsSinceEpoch(); at += 30 * 60 * 1000)
            arrivals.append(TimedArrival{at});
        return arrivals;
    }

private Q_SLOTS:
    void raisesOneAlarmPerSilence()
    {
        // Four weeks of a message every 30 minutes around the clock, then nothing.
        const QDateTime start(QDate(2026, 2, 2), QTime(0, 0), Qt::UTC);
        const QList<TimedArrival> history = everyHalfHour(start, 28);
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(history.constLast().atMs, Qt::UTC));
        SilenceWatch watch(SilenceDetector::Options{}, clock);
        QSignalSpy alarms(&watch, &SilenceWatch::silenceAlarmRaised);
        watch.learnHistory(history);

        clock.advance(60 * 60 * 1000);
        watch.checkNow();
        QCOMPARE(alarms.count(), 0);
        QCOMPARE(watch.assessNow().reason, SilenceAssessment::Reason::Expected);

        clock.advance(5 * 60 * 60 * 1000); // six hours without the usual two an hour
        watch.checkNow();
        QCOMPARE(alarms.count(), 1);
        const SignalEvent event = alarms.at(0).at(0).value<SignalEvent>();
        QCOMPARE(event.kind, SignalEvent::Kind::SilenceAlarm);
        QCOMPARE(event.at, clock.now());
        QVERIFY(event.score >= event.threshold);

        clock.advance(60 * 60 * 1000);
        watch.checkNow();
        QCOMPARE(alarms.count(), 1); // once per silence

        watch.recordArrival(clock.now());
        clock.advance(30 * 60 * 1000);
        watch.checkNow();
        QCOMPARE(alarms.count(), 1);
        clock.advance(8 * 60 * 60 * 1000);
        watch.checkNow();
        QCOMPARE(alarms.count(), 2); // a new silence may alarm again
    }

    // An alarm due while the mailbox is out of sight or snoozed is held, not spent: it comes once
    // the gate opens.
    void holdsTheAlarmWhileTheGateIsClosed()
    {
        const QDateTime start(QDate(2026, 2, 2), QTime(0, 0), Qt::UTC);
        ManualClock clock(start.addDays(28));
        SilenceWatch watch(SilenceDetector::Options{}, clock);
        watch.learnHistory(everyHalfHour(start, 28));
        bool open = false;
        watch.setAlarmGate([&open](const QDateTime &) { return open; });
        QSignalSpy alarms(&watch, &SilenceWatch::silenceAlarmRaised);

        clock.advance(8 * 60 * 60 * 1000);
        QVERIFY(watch.assessNow().isAlarm());
        watch.checkNow();
        QCOMPARE(alarms.count(), 0);
        open = true;
        clock.advance(60 * 1000);
        watch.checkNow();
        QCOMPARE(alarms.count(), 1);
    }

    // The history is the past: an incident open when it is loaded (restored at start, or a
    // report found on connecting) does not keep it from being learned.
    void learnsTheHistoryWhileAnIncidentIsOpen()
    {
        const QDateTime start(QDate(2026, 2, 2), QTime(0, 0), Qt::UTC);
        ManualClock clock(start.addDays(28));
        SilenceWatch open(SilenceDetector::Options{}, clock);
        open.setLearningSuspended(true);
        open.learnHistory(everyHalfHour(start, 28));
        SilenceWatch healthy(SilenceDetector::Options{}, clock);
        healthy.learnHistory(everyHalfHour(start, 28));
        QVERIFY(healthy.detector().model().weeklyTotal() > 300);
        QCOMPARE(open.detector().model().weeklyTotal(), healthy.detector().model().weeklyTotal());

        // What follows the history, while the incident stays open, is not learned.
        const double learned = healthy.detector().model().weeklyTotal();
        for (int hour = 0; hour < 48; ++hour) {
            clock.advance(60 * 60 * 1000);
            open.recordArrival(clock.now());
            healthy.recordArrival(clock.now());
        }
        QCOMPARE(open.detector().model().weeklyTotal(), learned);
        QVERIFY(qAbs(healthy.detector().model().weeklyTotal() - learned) > 1);
    }

    void carriesTheOriginOfArrivals()
    {
        // A newsletter at 09:00 every day for four weeks, learned then seen live: as bursts when
        // marked, as people's mail when not.
        const QDateTime start(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC);
        const auto learn = [&](ArrivalOrigin origin) {
            ManualClock clock(start.addDays(28));
            SilenceWatch watch(SilenceDetector::Options{}, clock);
            QList<TimedArrival> history;
            for (int day = 0; day < 28; ++day)
                history.append({start.addDays(day).toMSecsSinceEpoch(), origin});
            watch.learnHistory(history);
            watch.recordArrival(start.addDays(28), origin);
            watch.recordArrival(start.addDays(29), origin);
            return std::pair(watch.detector().model().weeklyTotal(), watch.detector().burstModel().weeklyTotal());
        };
        const auto [bulkPeople, bulkBursts] = learn(ArrivalOrigin::BulkSender);
        const auto [plainPeople, plainBursts] = learn(ArrivalOrigin::Unknown);
        QVERIFY(bulkPeople < 0.01); // the rate model's floor
        QVERIFY(plainBursts < 0.01);
        QVERIFY(bulkBursts > 5);
        QVERIFY(qAbs(bulkBursts - plainPeople) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(SilenceWatchTest)
#include "SilenceWatchTest.moc"
