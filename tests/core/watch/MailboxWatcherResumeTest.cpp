#include "WatcherScripts.h"

#include "platform/Clock.h"
#include "watch/MailboxWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Vigie;
using namespace Vigie::Watch;
using namespace WatcherScripts;

namespace {

const QDateTime Now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
const QDateTime LastSeen(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

} // namespace

// Resuming from the point an earlier run stopped at: what came meanwhile is reported once,
// within the resume bounds, and the position to save moves on.
class MailboxWatcherResumeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRunOnlySetsTheBaseline();
    void reportsWhatCameWhileAway();
    void reportsOnlyTheLastMessagesAfterALongAbsence();
    void findsByDateWhenUidValidityChangedWhileAway();
};

void MailboxWatcherResumeTest::firstRunOnlySetsTheBaseline()
{
    FakeImapServer server;
    server.addConnection(Login + examine(2, 99, 5, 4)
                         + "C: A003 UID SEARCH UID 5:*\n"
                           "S: * SEARCH 4\n"
                           "S: A003 OK\n"
                           "C: A004 IDLE\n"
                           "S: + idling\n");
    Platform::ManualClock clock(Now);
    MailboxWatcher watcher(optionsFor(server), clock);
    QSignalSpy arrivals(&watcher, &MailboxWatcher::arrivalSeen);
    QSignalSpy position(&watcher, &MailboxWatcher::positionChanged);
    watcher.start();
    QVERIFY(position.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QCOMPARE(arrivals.size(), 0);
    QCOMPARE(position.size(), 1);
    QCOMPARE(watcher.uidValidity(), 99u);
    QCOMPARE(watcher.nextUid(), 5u);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void MailboxWatcherResumeTest::reportsWhatCameWhileAway()
{
    FakeImapServer server;
    // 5 came before the resume window (19 Nov, 12:00) although on a day SINCE includes; 6 and 7
    // came within it; 8 arrives once watching.
    server.addConnection(Login + examine(2, 99, 8, 7)
                         + "C: A003 UID SEARCH UID 5:* SINCE 18-Nov-2026\n"
                           "S: * SEARCH 5 6 7\n"
                           "S: A003 OK\n"
                           "C: A004 UID FETCH 5:7"
                         + FetchItems + "\n" + fetchedMessage(5, 5, "too old", "19-Nov-2026")
                         + fetchedMessage(6, 6, "six") + fetchedMessage(7, 7, "seven")
                         + "S: A004 OK\n"
                           "C: A005 IDLE\n"
                           "S: + idling\n"
                           "S: * 8 EXISTS\n"
                           "C: DONE\n"
                           "S: A005 OK\n"
                           "C: A006 UID SEARCH UID 8:*\n"
                           "S: * SEARCH 8\n"
                           "S: A006 OK\n"
                           "C: A007 UID FETCH 8"
                         + FetchItems + "\n" + fetchedMessage(8, 8, "eight")
                         + "S: A007 OK\n"
                           "C: A008 IDLE\n"
                           "S: + idling\n");
    Platform::ManualClock clock(Now);
    MailboxWatcher watcher(optionsFor(server), clock);
    watcher.setResumePoint(99, 5, LastSeen);
    QSignalSpy arrivals(&watcher, &MailboxWatcher::arrivalSeen);
    QSignalSpy position(&watcher, &MailboxWatcher::positionChanged);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(arrivals.size(), 3, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QCOMPARE(uidsOf(arrivals), (QList<quint32>{6, 7, 8}));
    QVERIFY(arrivals.at(0).constFirst().value<Arrival>().backlog);
    QVERIFY(arrivals.at(1).constFirst().value<Arrival>().backlog);
    QVERIFY(!arrivals.at(2).constFirst().value<Arrival>().backlog);
    QCOMPARE(watcher.nextUid(), 9u);
    QCOMPARE(watcher.lastInternalDate(), QDateTime(QDate(2026, 11, 26), QTime(10, 0, 8), Qt::UTC));
    QVERIFY(position.size() >= 2);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void MailboxWatcherResumeTest::reportsOnlyTheLastMessagesAfterALongAbsence()
{
    FakeImapServer server;
    server.addConnection(LoginNoIdle + examine(2, 99, 12, 11)
                         + "C: A003 UID SEARCH UID 5:* SINCE 18-Nov-2026\n"
                           "S: * SEARCH 6 7 9 10\n"
                           "S: A003 OK\n"
                           "C: A004 UID FETCH 9:10"
                         + FetchItems + "\n" + fetchedMessage(9, 9, "nine") + fetchedMessage(10, 10, "ten")
                         + "S: A004 OK\n"
                           "C: A005 NOOP\n"
                           "S: A005 OK\n"
                           // 11 is older than the window (not found above): it stays unreported.
                           "C: A006 UID SEARCH UID 12:*\n"
                           "S: A006 OK\n");
    MailboxWatcher::Options options = optionsFor(server);
    options.resumeMaxMessages = 2;
    Platform::ManualClock clock(Now);
    MailboxWatcher watcher(options, clock);
    watcher.setResumePoint(99, 5, LastSeen);
    QSignalSpy arrivals(&watcher, &MailboxWatcher::arrivalSeen);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QCOMPARE(uidsOf(arrivals), (QList<quint32>{9, 10}));
    QCOMPARE(watcher.nextUid(), 12u);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void MailboxWatcherResumeTest::findsByDateWhenUidValidityChangedWhileAway()
{
    FakeImapServer server;
    // The last arrival seen is a month old: the search still starts at the resume window.
    server.addConnection(LoginNoIdle + examine(2, 51, 4, 3)
                         + "C: A003 UID SEARCH SINCE 18-Nov-2026\n"
                           "S: * SEARCH 2 3\n"
                           "S: A003 OK\n"
                           "C: A004 UID FETCH 2:3"
                         + FetchItems + "\n" + fetchedMessage(2, 2, "before the window", "19-Nov-2026")
                         + fetchedMessage(3, 3, "within") + "S: A004 OK\n");
    Platform::ManualClock clock(Now);
    MailboxWatcher watcher(optionsFor(server), clock);
    watcher.setResumePoint(50, 80, Now.addDays(-30));
    QSignalSpy arrivals(&watcher, &MailboxWatcher::arrivalSeen);
    QSignalSpy changed(&watcher, &MailboxWatcher::uidValidityChanged);
    QSignalSpy position(&watcher, &MailboxWatcher::positionChanged);
    watcher.start();
    QVERIFY(position.wait(5000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(uidsOf(arrivals), QList<quint32>{3});
    QCOMPARE(watcher.uidValidity(), 51u);
    QCOMPARE(watcher.nextUid(), 4u);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

QTEST_GUILESS_MAIN(MailboxWatcherResumeTest)
#include "MailboxWatcherResumeTest.moc"
