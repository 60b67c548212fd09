#include "watch/ArrivalAge.h"

#include <QTest>

using namespace Vigie::Watch;
using Report = ArrivalAge::Report;

namespace {

const QDateTime Now(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

// A message as the watcher reports it: delivered then, found live or on connecting, after the
// newest one seen so far.
Arrival message(const QDateTime &delivered, bool backlog = false, const QDateTime &newestBefore = {})
{
    Arrival arrival;
    arrival.uid = 7;
    arrival.internalDate = delivered;
    arrival.backlog = backlog;
    arrival.newestBefore = newestBefore;
    return arrival;
}

} // namespace

// Whether a message tells of now, and from when: judged by the server's dates, so that a
// computer whose clock is off still hears live bounces as live.
class ArrivalAgeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveMailIsAboutNowWhateverTheClocks()
    {
        QVERIFY(!ArrivalAge::isMovedIn(message(Now.addSecs(-5), false, Now.addSecs(-600)), Now));
        // This computer 40 minutes ahead of the server: a bounce that just came is dated
        // "40 minutes ago", after the mail seen before it.
        const QDateTime serverNow = Now.addSecs(-40 * 60);
        const Arrival justCame = message(serverNow, false, serverNow.addSecs(-120));
        QVERIFY(!ArrivalAge::isMovedIn(justCame, Now));
        QCOMPARE(ArrivalAge::ofReport(justCame, Now), Report::Live);
        // Delivered in parallel, a little out of order: still new.
        QVERIFY(!ArrivalAge::isMovedIn(message(Now.addSecs(-300), false, Now.addSecs(-60)), Now));
        QCOMPARE(ArrivalAge::ofReport(message(QDateTime()), Now), Report::Live);
    }

    void mailMovedInIsKnownByItsOldDate()
    {
        const Arrival hourOlder = message(Now.addSecs(-3600), false, Now.addSecs(-60));
        QVERIFY(ArrivalAge::isMovedIn(hourOlder, Now));
        QCOMPARE(ArrivalAge::ofReport(hourOlder, Now), Report::FoundLate);
        // A quiet mailbox, its last mail days ago: only a day's age on this computer's clock tells.
        QVERIFY(ArrivalAge::isMovedIn(message(Now.addDays(-2)), Now));
        QVERIFY(!ArrivalAge::isMovedIn(message(Now.addSecs(-3 * 3600), false, Now.addDays(-4)), Now));
        QCOMPARE(ArrivalAge::ofReport(message(Now.addDays(-2)), Now), Report::FoundLate);
    }

    // No mail seen in the mailbox yet (a first start): an hour's margin on this computer's clock.
    void withNothingToCompareAnHourTells()
    {
        QVERIFY(!ArrivalAge::isMovedIn(message(Now.addSecs(-30 * 60)), Now));
        QVERIFY(ArrivalAge::isMovedIn(message(Now.addSecs(-2 * 3600)), Now));
        QCOMPARE(ArrivalAge::ofReport(message(Now.addSecs(-2 * 3600)), Now), Report::FoundLate);
    }

    // A message dated years ahead, from a lying client, is no yardstick for the mail after it.
    void aDateFarAheadIsNoMeasure()
    {
        QVERIFY(!ArrivalAge::isMovedIn(message(Now.addSecs(-5), false, Now.addYears(11)), Now));
        QCOMPARE(ArrivalAge::ofReport(message(Now.addSecs(-5), false, Now.addYears(11)), Now), Report::Live);
    }

    void foundOnConnectingItIsAboutWhenItCame()
    {
        QVERIFY(!ArrivalAge::isMovedIn(message(Now.addDays(-3), true), Now));
        // Moved in while Vigie was away: older than mail it had already seen.
        QVERIFY(ArrivalAge::isMovedIn(message(Now.addDays(-3), true, Now.addDays(-1)), Now));
        QCOMPARE(ArrivalAge::ofReport(message(Now.addSecs(-5 * 60), true), Now), Report::Live);
        QCOMPARE(ArrivalAge::ofReport(message(Now.addSecs(-20 * 60), true), Now), Report::FoundLate);
        QCOMPARE(ArrivalAge::ofReport(message(QDateTime(), true), Now), Report::FoundLate);
    }

    void aWeekOldReportTellsNothing()
    {
        QCOMPARE(ArrivalAge::ofReport(message(Now.addDays(-8), true), Now), Report::Stale);
        QCOMPARE(ArrivalAge::ofReport(message(Now.addDays(-30)), Now), Report::Stale);
        QCOMPARE(ArrivalAge::ofReport(message(Now.addDays(-6), true), Now), Report::FoundLate);
    }
};

QTEST_GUILESS_MAIN(ArrivalAgeTest)
#include "ArrivalAgeTest.moc"
