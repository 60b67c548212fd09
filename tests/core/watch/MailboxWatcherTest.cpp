#include "WatcherScripts.h"

#include "imap/WireTranscript.h"
#include "platform/Clock.h"
#include "watch/Backoff.h"
#include "watch/MailboxWatcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Vigie;
using namespace Vigie::Watch;
using namespace WatcherScripts;

namespace {

// Logged in, INBOX examined with UIDNEXT 5, nothing new, idling as A004.
const QByteArray IdlingFromFive = Login + examine(2, 99, 5, 4)
    + "C: A003 UID SEARCH UID 5:*\n"
      "S: A003 OK\n"
      "C: A004 IDLE\n"
      "S: + idling\n";
// IDLE ended by the client, a look that finds nothing new, and IDLE again.
const QByteArray IdleEndedNothingNew = "C: DONE\n"
                                       "S: A004 OK\n"
                                       "C: A005 UID SEARCH UID 5:*\n"
                                       "S: A005 OK\n"
                                       "C: A006 IDLE\n"
                                       "S: + idling\n";

} // namespace

class MailboxWatcherTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsArrivalAnnouncedDuringIdle();
    void resumesAfterByeWithoutMissingOrDoubling();
    void pollsWhenIdleIsNotOffered();
    void survivesUidValidityChange();
    void backoffStaysWithinBounds();
    void stopLogsOut();
    void replaysRecordedDovecotTranscript();
    void renewsIdleBeforeTheServerLimit();
    void refreshEndsIdleToLookAgain();
    void backoffStartsAfreshAfterAStableConnection();
    void findsItsBaselineWithoutUidNext();
};

void MailboxWatcherTest::reportsArrivalAnnouncedDuringIdle()
{
    FakeImapServer server;
    server.addConnection(Login + examine(2, 99, 5, 4)
                         + "C: A003 UID SEARCH UID 5:*\n"
                           "S: * SEARCH 4\n" // RFC 3501: n:* includes the highest UID even below n
                           "S: A003 OK\n"
                           "C: A004 IDLE\n"
                           "S: + idling\n"
                           "S: * 5 EXISTS\n"
                           "C: DONE\n"
                           "S: A004 OK\n"
                           "C: A005 UID SEARCH UID 5:*\n"
                           "S: * SEARCH 5\n"
                           "S: A005 OK\n"
                           "C: A006 UID FETCH 5"
                         + FetchItems + "\n" + fetchedMessage(5, 5, "Devis =?utf-8?q?r=C3=A9novation?=")
                         + "S: A006 OK\n"
                           "C: A007 IDLE\n"
                           "S: + idling\n");
    Platform::SystemClock clock;
    MailboxWatcher watcher(optionsFor(server), clock);
    Imap::WireTranscript transcript;
    connect(&watcher, &MailboxWatcher::sessionCreated, &transcript, &Imap::WireTranscript::record);
    QSignalSpy arrivals(&watcher, &MailboxWatcher::arrivalSeen);
    QSignalSpy connected(&watcher, &MailboxWatcher::connected);
    watcher.start();
    QVERIFY(arrivals.wait(5000));
    QCOMPARE(connected.size(), 1);
    const Arrival arrival = arrivals.constFirst().constFirst().value<Arrival>();
    QCOMPARE(arrival.uid, 5u);
    QCOMPARE(arrival.uidValidity, 99u);
    QCOMPARE(arrival.envelope.subject, QStringLiteral("Devis rénovation"));
    QCOMPARE(arrival.envelope.from.constFirst().email(), QStringLiteral("alice@clients.test"));
    QCOMPARE(arrival.internalDate, QDateTime(QDate(2026, 11, 26), QTime(10, 0, 5), Qt::UTC));
    QCOMPARE(arrival.header, QByteArray("Subject: x\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
    QCOMPARE(watcher.nextUid(), 6u);
    QVERIFY(watcher.isUsingIdle());
    QVERIFY(!transcript.sentAnyOf({"STORE", "EXPUNGE", "COPY", "MOVE", "APPEND", "SELECT"}));
}

void MailboxWatcherTest::resumesAfterByeWithoutMissingOrDoubling()
{
    FakeImapServer server;
    server.addConnection(IdlingFromFive
                         + "S: * 5 EXISTS\n"
                           "C: DONE\n"
                           "S: A004 OK\n"
                           "C: A005 UID SEARCH UID 5:*\n"
                           "S: * SEARCH 5\n"
                           "S: A005 OK\n"
                           "C: A006 UID FETCH 5"
                         + FetchItems + "\n" + fetchedMessage(5, 5, "one")
                         + "S: A006 OK\n"
                           "C: A007 IDLE\n"
                           "S: + idling\n"
                           "S: * BYE [UNAVAILABLE] restarting\n"
                           "X: close\n");
    // Two messages arrived while we were away; the server still lists 5 as well.
    server.addConnection(Login + examine(2, 99, 8, 7)
                         + "C: A003 UID SEARCH UID 6:*\n"
                           "S: * SEARCH 6 7\n"
                           "S: A003 OK\n"
                           "C: A004 UID FETCH 6:7"
                         + FetchItems + "\n" + fetchedMessage(6, 6, "two") + fetchedMessage(7, 7, "three")
                         + "S: A004 OK\n"
                           "C: A005 IDLE\n"
                           "S: + idling\n");
    Platform::SystemClock clock;
    MailboxWatcher watcher(optionsFor(server), clock);
    QSignalSpy arrivals(&watcher, &MailboxWatcher::arrivalSeen);
    QSignalSpy errors(&watcher, &MailboxWatcher::errorOccurred);
    QSignalSpy reconnecting(&watcher, &MailboxWatcher::reconnectScheduled);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(arrivals.size(), 3, 5000);
    QCOMPARE(uidsOf(arrivals), (QList<quint32>{5, 6, 7}));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.constFirst().constFirst().value<Net::ServiceError>().kind
            == Net::ServiceError::Kind::ServerUnavailable);
    QCOMPARE(reconnecting.size(), 1);
    QVERIFY(reconnecting.constFirst().constFirst().toInt() >= 10);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void MailboxWatcherTest::pollsWhenIdleIsNotOffered()
{
    FakeImapServer server;
    server.addConnection(LoginNoIdle + examine(2, 7, 3, 2)
                         + "C: A003 UID SEARCH UID 3:*\n"
                           "S: A003 OK\n"
                           "C: A004 NOOP\n"
                           "S: A004 OK\n"
                           "C: A005 UID SEARCH UID 3:*\n"
                           "S: A005 OK\n"
                           "C: A006 NOOP\n"
                           "S: * 3 EXISTS\n"
                           "S: A006 OK\n"
                           "C: A007 UID SEARCH UID 3:*\n"
                           "S: * SEARCH 3\n"
                           "S: A007 OK\n"
                           "C: A008 UID FETCH 3"
                         + FetchItems + "\n" + fetchedMessage(3, 3, "polled") + "S: A008 OK\n");
    Platform::SystemClock clock;
    MailboxWatcher watcher(optionsFor(server), clock);
    QSignalSpy arrivals(&watcher, &MailboxWatcher::arrivalSeen);
    watcher.start();
    QVERIFY(arrivals.wait(5000));
    QCOMPARE(uidsOf(arrivals), QList<quint32>{3});
    QVERIFY(!watcher.isUsingIdle());
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void MailboxWatcherTest::survivesUidValidityChange()
{
    FakeImapServer server;
    server.addConnection(LoginNoIdle + examine(2, 50, 10, 9)
                         + "C: A003 UID SEARCH UID 8:* SINCE 18-Nov-2026\n" // a resumed watch looks back 7 days
                           "S: * SEARCH 9\n"
                           "S: A003 OK\n"
                           "C: A004 UID FETCH 9"
                         + FetchItems + "\n" + fetchedMessage(9, 9, "before") + "S: A004 OK\nX: close\n");
    // The mailbox was rebuilt: new UIDs for old mail (1..9), one genuinely new message (10).
    server.addConnection(LoginNoIdle + examine(2, 51, 11, 10)
                         + "C: A003 UID SEARCH SINCE 25-Nov-2026\n"
                           "S: * SEARCH 9 10\n"
                           "S: A003 OK\n"
                           "C: A004 UID FETCH 9:10"
                         + FetchItems + "\n" + fetchedMessage(9, 9, "before, renumbered")
                         + fetchedMessage(10, 19, "after") + "S: A004 OK\n");
    Platform::ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    MailboxWatcher watcher(optionsFor(server), clock);
    watcher.setResumePoint(50, 8);
    QSignalSpy arrivals(&watcher, &MailboxWatcher::arrivalSeen);
    QSignalSpy changed(&watcher, &MailboxWatcher::uidValidityChanged);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(arrivals.size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    QCOMPARE(arrivals.at(1).constFirst().value<Arrival>().envelope.subject, QStringLiteral("after"));
    QCOMPARE(arrivals.at(1).constFirst().value<Arrival>().uidValidity, 51u);
    QCOMPARE(watcher.nextUid(), 20u);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void MailboxWatcherTest::backoffStaysWithinBounds()
{
    Backoff backoff(2'000, 300'000, 42);
    int previousCeiling = 0;
    for (int i = 0; i < 40; ++i) {
        const int delay = backoff.nextDelayMs();
        QVERIFY(delay >= 2'000);
        QVERIFY(delay <= 300'000);
        const int ceiling = int(std::min<qint64>(qint64(2'000) << std::min(i, 30), 300'000));
        QVERIFY(delay <= ceiling);
        QVERIFY(delay >= ceiling / 2);
        QVERIFY(ceiling >= previousCeiling);
        previousCeiling = ceiling;
    }
    backoff.reset();
    QVERIFY(backoff.nextDelayMs() <= 2'000);
}

void MailboxWatcherTest::stopLogsOut()
{
    FakeImapServer server;
    server.addConnection(IdlingFromFive
                         + "C: DONE\n"
                           "S: A004 OK\n"
                           "C: A005 LOGOUT\n"
                           "S: * BYE bye\n"
                           "S: A005 OK\n"
                           "X: close\n");
    Platform::SystemClock clock;
    MailboxWatcher watcher(optionsFor(server), clock);
    QSignalSpy connected(&watcher, &MailboxWatcher::connected);
    QSignalSpy stopped(&watcher, &MailboxWatcher::stopped);
    QSignalSpy errors(&watcher, &MailboxWatcher::errorOccurred);
    watcher.start();
    QVERIFY(connected.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines().contains("A004 IDLE"), 5000);
    watcher.stop();
    QVERIFY(stopped.wait(5000));
    QCOMPARE(errors.size(), 0);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void MailboxWatcherTest::replaysRecordedDovecotTranscript()
{
    // A wire log taken in the field is a test script as it stands.
    QFile log(QStringLiteral(VIGIE_SOURCE_DIR "/tests/core/watch/data/dovecot-idle-arrival.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    FakeImapServer server;
    server.addConnection(log.readAll());
    Platform::SystemClock clock;
    MailboxWatcher watcher(optionsFor(server), clock);
    QSignalSpy arrivals(&watcher, &MailboxWatcher::arrivalSeen);
    QSignalSpy stopped(&watcher, &MailboxWatcher::stopped);
    watcher.start();
    QVERIFY(arrivals.wait(5000));
    const Arrival arrival = arrivals.constFirst().constFirst().value<Arrival>();
    QCOMPARE(arrival.uid, 1u);
    QCOMPARE(arrival.envelope.subject, QStringLiteral("Hello from the test"));
    QCOMPARE(arrival.header.size(), 798);
    QVERIFY(arrival.header.endsWith("\r\n\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines().contains("A008 IDLE"), 5000);
    watcher.stop(); // the recording ends with DONE and LOGOUT
    QVERIFY(stopped.wait(5000));
    QVERIFY(server.scriptFinished());
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

// Before silence is called, the mailbox is looked at afresh, not trusted to IDLE.
void MailboxWatcherTest::refreshEndsIdleToLookAgain()
{
    FakeImapServer server;
    server.addConnection(IdlingFromFive + IdleEndedNothingNew);
    Platform::SystemClock clock;
    MailboxWatcher watcher(optionsFor(server), clock);
    QSignalSpy synced(&watcher, &MailboxWatcher::synced);
    watcher.start();
    QVERIFY(synced.wait(5000)); // the catch-up on connecting
    const QDateTime first = watcher.lastSyncedAt();
    QVERIFY(first.isValid());
    watcher.refresh();
    QVERIFY(synced.wait(5000));
    QCOMPARE(synced.count(), 2);
    QVERIFY(watcher.lastSyncedAt() >= first);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void MailboxWatcherTest::renewsIdleBeforeTheServerLimit()
{
    FakeImapServer server;
    server.addConnection(IdlingFromFive + IdleEndedNothingNew);
    MailboxWatcher::Options options = optionsFor(server);
    options.idleRenewMs = 100; // 28 minutes in production
    Platform::SystemClock clock;
    MailboxWatcher watcher(options, clock);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void MailboxWatcherTest::backoffStartsAfreshAfterAStableConnection()
{
    const QByteArray idleThenBye = "S: * BYE [UNAVAILABLE] restarting\nX: close\n";
    FakeImapServer server;
    server.addConnection(IdlingFromFive + idleThenBye);
    server.addConnection("S: * BYE [UNAVAILABLE] too busy\nX: close\n");
    server.addConnection(IdlingFromFive + idleThenBye);
    server.addConnection(IdlingFromFive);
    Platform::ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    MailboxWatcher watcher(optionsFor(server), clock);
    QSignalSpy connected(&watcher, &MailboxWatcher::connected);
    // The third connection lasts a (simulated) minute and more: its loss is a fresh incident.
    connect(&watcher, &MailboxWatcher::connected, this, [&connected, &clock] {
        if (connected.size() == 2)
            clock.advance(61'000);
    });
    QSignalSpy reconnecting(&watcher, &MailboxWatcher::reconnectScheduled);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 3, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished() && server.connectionCount() == 4, 5000);
    QList<int> attempts;
    for (const auto &arguments : std::as_const(reconnecting))
        attempts.append(arguments.at(1).toInt());
    QCOMPARE(attempts, (QList<int>{1, 2, 1}));
}

void MailboxWatcherTest::findsItsBaselineWithoutUidNext()
{
    FakeImapServer server;
    server.addConnection(Login
                         + "C: A002 EXAMINE \"INBOX\"\n"
                           "S: * 3 EXISTS\n"
                           "S: * OK [UIDVALIDITY 5] ok\n"
                           "S: A002 OK [READ-ONLY] examined\n"
                           "C: A003 UID SEARCH UID 1:*\n"
                           "S: * SEARCH 1 2 3\n"
                           "S: A003 OK\n"
                           "C: A004 IDLE\n"
                           "S: + idling\n"
                           "S: * 4 EXISTS\n"
                           "C: DONE\n"
                           "S: A004 OK\n"
                           "C: A005 UID SEARCH UID 4:*\n"
                           "S: * SEARCH 4\n"
                           "S: A005 OK\n"
                           "C: A006 UID FETCH 4"
                         + FetchItems + "\n" + fetchedMessage(4, 4, "new") + "S: A006 OK\nC: A007 IDLE\nS: + idling\n");
    Platform::SystemClock clock;
    MailboxWatcher watcher(optionsFor(server), clock);
    QSignalSpy arrivals(&watcher, &MailboxWatcher::arrivalSeen);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QCOMPARE(uidsOf(arrivals), QList<quint32>{4});
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

QTEST_GUILESS_MAIN(MailboxWatcherTest)
#include "MailboxWatcherTest.moc"
