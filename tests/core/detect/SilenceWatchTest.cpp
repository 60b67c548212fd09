#include "detect/SilenceWatch.h"
#include "platform/Clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Vigie::Detect;
using Vigie::Platform::ManualClock;

class SilenceWatchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void raisesOneAlarmPerSilence()
    {
        // Four weeks of a message every 30 minutes around the clock, then nothing.
        const QDateTime start(QDate(2026, 2, 2), QTime(0, 0), Qt::UTC);
        QList<qint64> history;
        for (qint64 at = start.toMSecsSinceEpoch(); at < start.addDays(28).toMSecsSinceEpoch(); at += 30 * 60 * 1000)
            history.append(at);
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(history.constLast(), Qt::UTC));
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
};

QTEST_GUILESS_MAIN(SilenceWatchTest)
#include "SilenceWatchTest.moc"
