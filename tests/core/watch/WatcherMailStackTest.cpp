#include "../../support/MailStack.h"

#include "imap/WireTranscript.h"
#include "platform/Clock.h"
#include "watch/MailboxWatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Vigie;
using namespace Vigie::Watch;

// The watcher against the real Dovecot and Postfix: arrivals through IDLE and through polling,
// and a Dovecot outage in the middle of an IDLE.
class WatcherMailStackTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reportsArrivalThroughIdle();
    void reportsArrivalByPolling();
    void resumesAfterImapOutageWithoutMissingOrDoubling();

private:
    MailboxWatcher *makeWatcher(bool useIdle);
    // Arrivals whose subject carries this test's token (other tests deliver to the same INBOX).
    QList<Arrival> ours() const;
    QString subject(const QString &what) const { return m_token + u' ' + what; }

    MailStack m_stack;
    Platform::SystemClock m_clock;
    Imap::WireTranscript *m_transcript = nullptr;
    MailboxWatcher *m_watcher = nullptr;
    QList<Arrival> m_arrivals;
    QString m_token;
};

void WatcherMailStackTest::initTestCase()
{
    QString why;
    if (!m_stack.load(&why))
        QSKIP(qPrintable(why));
}

void WatcherMailStackTest::init()
{
    m_token = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_arrivals.clear();
    m_transcript = new Imap::WireTranscript(this);
}

void WatcherMailStackTest::cleanup()
{
    // Whatever happened, the watcher never asked the server to change anything.
    QVERIFY(!m_transcript->sentAnyOf({"STORE", "EXPUNGE", "COPY", "MOVE", "APPEND", "SELECT"}));
    delete m_watcher;
    m_watcher = nullptr;
    delete m_transcript;
    m_transcript = nullptr;
}

MailboxWatcher *WatcherMailStackTest::makeWatcher(bool useIdle)
{
    Config::AccountSettings account;
    account.address = m_stack.value("OWNER_ADDRESS");
    account.imap = m_stack.primaryImap(Config::TlsMode::Implicit);
    account.imap.useIdle = useIdle;
    MailboxWatcher::Options options =
        MailboxWatcher::Options::fromSettings(account, {account.address, m_stack.password(), nullptr});
    options.pollIntervalMs = 300;
    options.backoffMinimumMs = 100;
    options.backoffMaximumMs = 1000;
    options.access.session.responseTimeoutMs = 5000;
    m_watcher = new MailboxWatcher(options, m_clock);
    connect(m_watcher, &MailboxWatcher::sessionCreated, m_transcript, &Imap::WireTranscript::record);
    connect(m_watcher, &MailboxWatcher::arrivalSeen, this,
            [this](const Arrival &arrival) { m_arrivals.append(arrival); });
    return m_watcher;
}

QList<Arrival> WatcherMailStackTest::ours() const
{
    QList<Arrival> arrivals;
    for (const Arrival &arrival : m_arrivals) {
        if (arrival.envelope.subject.startsWith(m_token))
            arrivals.append(arrival);
    }
    return arrivals;
}

void WatcherMailStackTest::reportsArrivalThroughIdle()
{
    MailboxWatcher *watcher = makeWatcher(true);
    QSignalSpy connected(watcher, &MailboxWatcher::connected);
    watcher->start();
    QVERIFY(connected.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(m_transcript->clientCommands().contains("IDLE"), 5000);

    QString error;
    QVERIFY2(m_stack.sendToOwner(subject(QStringLiteral("idle")), &error), qPrintable(error));
    QElapsedTimer sinceSent;
    sinceSent.start();
    QTRY_COMPARE_WITH_TIMEOUT(ours().size(), 1, 5000);
    qInfo() << "IDLE reported the arrival" << sinceSent.elapsed() << "ms after submission finished";
    QVERIFY(sinceSent.elapsed() < 2000);
    const Arrival arrival = ours().constFirst();
    QCOMPARE(arrival.envelope.from.constFirst().email(), QStringLiteral("alice@clients.test"));
    QVERIFY(arrival.internalDate.isValid());
    QVERIFY(arrival.header.contains(QByteArray("Subject: " + subject(QStringLiteral("idle")).toUtf8())));
    QVERIFY(watcher->isUsingIdle());
}

void WatcherMailStackTest::reportsArrivalByPolling()
{
    MailboxWatcher *watcher = makeWatcher(false);
    QSignalSpy connected(watcher, &MailboxWatcher::connected);
    watcher->start();
    QVERIFY(connected.wait(10'000));
    QString error;
    QVERIFY2(m_stack.sendToOwner(subject(QStringLiteral("poll")), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(ours().size(), 1, 5000);
    QVERIFY(!watcher->isUsingIdle());
    QVERIFY(!m_transcript->clientCommands().contains("IDLE"));
}

void WatcherMailStackTest::resumesAfterImapOutageWithoutMissingOrDoubling()
{
    MailboxWatcher *watcher = makeWatcher(true);
    QSignalSpy connected(watcher, &MailboxWatcher::connected);
    QSignalSpy errors(watcher, &MailboxWatcher::errorOccurred);
    QSignalSpy reconnecting(watcher, &MailboxWatcher::reconnectScheduled);
    watcher->start();
    QVERIFY(connected.wait(10'000));
    QString error;
    QVERIFY2(m_stack.sendToOwner(subject(QStringLiteral("1 before")), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(ours().size(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_transcript->clientCommands().count("IDLE") >= 2, 5000);

    // Dovecot goes away mid-IDLE; mail keeps being delivered into the maildir.
    QVERIFY2(m_stack.fault(QStringLiteral("imap-down"), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10'000);
    QVERIFY(errors.constFirst().constFirst().value<Net::ServiceError>().isTransient());
    QVERIFY2(m_stack.sendToOwner(subject(QStringLiteral("2 during")), &error), qPrintable(error));
    QVERIFY2(m_stack.sendToOwner(subject(QStringLiteral("3 during")), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(reconnecting.size() >= 2, 10'000); // it keeps trying while down

    QVERIFY2(m_stack.fault(QStringLiteral("normal"), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(connected.size() >= 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(ours().size(), 3, 10'000);
    QVERIFY2(m_stack.sendToOwner(subject(QStringLiteral("4 after")), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(ours().size(), 4, 10'000);

    const QList<Arrival> arrivals = ours();
    QStringList subjects;
    for (qsizetype i = 0; i < arrivals.size(); ++i) {
        subjects.append(arrivals.at(i).envelope.subject.mid(m_token.size() + 1));
        if (i > 0)
            QVERIFY(arrivals.at(i).uid > arrivals.at(i - 1).uid);
    }
    QCOMPARE(subjects,
             (QStringList{QStringLiteral("1 before"), QStringLiteral("2 during"), QStringLiteral("3 during"),
                          QStringLiteral("4 after")}));
}

QTEST_GUILESS_MAIN(WatcherMailStackTest)
#include "WatcherMailStackTest.moc"
