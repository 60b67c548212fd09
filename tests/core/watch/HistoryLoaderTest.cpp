#include "../imap/FakeImapServer.h"

#include "platform/Clock.h"
#include "watch/HistoryLoader.h"

#include <QSignalSpy>
#include <QTest>

using namespace Vigie;
using namespace Vigie::Watch;

// The history loader against a scripted server: INBOX arrival times and bulk-sender fields in
// batches, then the envelopes of the mailbox LIST marks \Sent, then LOGOUT.
class HistoryLoaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsInboxThenSentInBatches();
    void reportsTheErrorThatStoppedIt();

private:
    HistoryLoader::Options optionsFor(const FakeImapServer &server) const;
};

HistoryLoader::Options HistoryLoaderTest::optionsFor(const FakeImapServer &server) const
{
    HistoryLoader::Options options;
    options.access.session.host = QStringLiteral("127.0.0.1");
    options.access.session.port = server.port();
    options.access.session.tls = Config::TlsMode::None;
    options.access.credentials = {QStringLiteral("owner"), QStringLiteral("secret"), nullptr};
    options.days = 3;
    options.batchSize = 2;
    return options;
}

void HistoryLoaderTest::loadsInboxThenSentInBatches()
{
    const auto envelope = [](const char *to) -> QByteArray {
        return QByteArray("ENVELOPE (NIL \"re\" ((NIL NIL \"owner\" \"primary.test\")) NIL NIL ((NIL NIL \"") + to
            + "\" \"clients.test\")) NIL NIL NIL \"<x>\")";
    };
    // BODY[HEADER.FIELDS ...] as Dovecot answers it: the fields present, then the empty line.
    const auto fields = [](const QByteArray &field) -> QByteArray {
        const QByteArray lines = field.isEmpty() ? QByteArray() : "S: " + field + "\n";
        return "BODY[HEADER.FIELDS (LIST-ID LIST-UNSUBSCRIBE PRECEDENCE X-VIGIE-PROBE)] {"
            + QByteArray::number(field.isEmpty() ? 2 : field.size() + 4) + "}\n" + lines + "S: \nS: ";
    };
    FakeImapServer server;
    server.addConnection("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR SPECIAL-USE LIST-EXTENDED] ready\n"
                         "C: A001 AUTHENTICATE PLAIN [redacted]\n"
                         "S: A001 OK [CAPABILITY IMAP4rev1 SPECIAL-USE LIST-EXTENDED] in\n"
                         "C: A002 EXAMINE \"INBOX\"\n"
                         "S: A002 OK [READ-ONLY] examined\n"
                         "C: A003 UID SEARCH SINCE 22-Nov-2026\n"
                         "S: * SEARCH 7 8 9\n" // 7 is from the day before the window: SINCE is by day
                         "S: A003 OK\n"
                         "C: A004 UID FETCH 7:8 (UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (List-Id "
                         "List-Unsubscribe Precedence X-Vigie-Probe)])\n"
                         "S: * 1 FETCH (UID 7 INTERNALDATE \"22-Nov-2026 08:00:00 +0000\" "
                         + fields("")
                         + ")\n"
                           "S: * 2 FETCH (UID 8 INTERNALDATE \"24-Nov-2026 08:00:00 +0100\" "
                         + fields("List-Id: Offers <offers.shop.test>") + ")\n"
                         + "S: A004 OK\n"
                           "C: A005 UID FETCH 9 (UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (List-Id "
                           "List-Unsubscribe Precedence X-Vigie-Probe)])\n"
                           "S: * 3 FETCH (UID 9 INTERNALDATE \"26-Nov-2026 08:00:00 +0000\" "
                         + fields("X-Vigie-Probe: 5f1c") + ")\n"
                         + "S: A005 OK\n"
                           "C: A006 LIST \"\" \"*\" RETURN (SPECIAL-USE)\n"
                           "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
                           "S: * LIST (\\HasNoChildren \\Sent) \"/\" \"Envoy&AOk-s\"\n"
                           "S: A006 OK\n"
                           "C: A007 EXAMINE \"Envoy&AOk-s\"\n"
                           "S: A007 OK [READ-ONLY] examined\n"
                           "C: A008 UID SEARCH SINCE 22-Nov-2026\n"
                           "S: * SEARCH 3\n"
                           "S: A008 OK\n"
                           "C: A009 UID FETCH 3 (UID INTERNALDATE ENVELOPE)\n"
                           "S: * 1 FETCH (UID 3 INTERNALDATE \"25-Nov-2026 08:00:00 +0000\" "
                         + envelope("bob")
                         + ")\n"
                           "S: A009 OK\n"
                           "C: A010 LOGOUT\n"
                           "S: * BYE\n"
                           "S: A010 OK\n"
                           "X: close\n");
    Platform::ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    HistoryLoader loader(optionsFor(server), clock);
    QSignalSpy arrivals(&loader, &HistoryLoader::arrivalsLoaded);
    QSignalSpy sentFound(&loader, &HistoryLoader::sentMailboxFound);
    QSignalSpy sent(&loader, &HistoryLoader::sentEnvelopesLoaded);
    QSignalSpy finished(&loader, &HistoryLoader::finished);
    loader.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.constFirst().constFirst().value<Net::ServiceError>().isError());
    QCOMPARE(arrivals.size(), 2); // two batches
    // The newsletter (List-Id) is from a bulk sender; a probe left in the mailbox is told by its token.
    const QList<HistoryArrival> newsletter{{QDateTime(QDate(2026, 11, 24), QTime(7, 0), Qt::UTC), true, {}}};
    const QList<HistoryArrival> probe{{QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC), false, "5f1c"}};
    QCOMPARE(arrivals.at(0).constFirst().value<QList<HistoryArrival>>(), newsletter);
    QCOMPARE(arrivals.at(1).constFirst().value<QList<HistoryArrival>>(), probe);
    QCOMPARE(sentFound.constFirst().constFirst().toByteArray(), QByteArray("Envoy&AOk-s"));
    const auto envelopes = sent.constFirst().constFirst().value<QList<Imap::Envelope>>();
    QCOMPARE(envelopes.size(), 1);
    QCOMPARE(envelopes.constFirst().to.constFirst().email(), QStringLiteral("bob@clients.test"));
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void HistoryLoaderTest::reportsTheErrorThatStoppedIt()
{
    FakeImapServer server;
    server.addConnection("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\n"
                         "C: A001 AUTHENTICATE PLAIN [redacted]\n"
                         "S: A001 OK [CAPABILITY IMAP4rev1] in\n"
                         "C: A002 EXAMINE \"INBOX\"\n"
                         "S: A002 NO [UNAVAILABLE] mailbox locked, try later\n");
    Platform::SystemClock clock;
    HistoryLoader loader(optionsFor(server), clock);
    QSignalSpy finished(&loader, &HistoryLoader::finished);
    loader.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    const auto error = finished.constFirst().constFirst().value<Net::ServiceError>();
    QVERIFY(error.kind == Net::ServiceError::Kind::ServerUnavailable);
    QCOMPARE(error.responseCode, QByteArray("UNAVAILABLE"));
}

QTEST_GUILESS_MAIN(HistoryLoaderTest)
#include "HistoryLoaderTest.moc"
