#include "imap/CommandSyntax.h"
#include "imap/AuthenticateJob.h"
#include "imap/UidFetchJob.h"
#include "imap/UidSearchJob.h"

#include <QTest>

using namespace Vigie::Imap;

// The commands Vigie writes, as the RFCs spell them.
class CommandSyntaxTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotes();
    void writesSequenceSets_data();
    void writesSequenceSets();
    void writesSearches();
    void writesFetches();
    void writesSaslInitialResponses();
};

void CommandSyntaxTest::quotes()
{
    QCOMPARE(CommandSyntax::quoted("INBOX"), QByteArray("\"INBOX\""));
    QCOMPARE(CommandSyntax::quoted("Envoy\"és\\x"), QByteArray("\"Envoy\\\"és\\\\x\""));
    QCOMPARE(CommandSyntax::quoted("a\r\nA2 LOGOUT"), std::nullopt); // no command injection
    QCOMPARE(CommandSyntax::quoted(QByteArray("a\0b", 3)), std::nullopt);
    QCOMPARE(CommandSyntax::searchDate(QDate(2026, 2, 1)), QByteArray("1-Feb-2026"));
}

void CommandSyntaxTest::writesSequenceSets_data()
{
    QTest::addColumn<QList<quint32>>("uids");
    QTest::addColumn<QByteArray>("set");
    QTest::newRow("one") << QList<quint32>{7} << QByteArray("7");
    QTest::newRow("run") << QList<quint32>{1, 2, 3} << QByteArray("1:3");
    QTest::newRow("mixed, unsorted, doubled")
        << QList<quint32>{9, 1, 2, 3, 7, 10, 11, 12, 3} << QByteArray("1:3,7,9:12");
    QTest::newRow("empty") << QList<quint32>{} << QByteArray();
}

void CommandSyntaxTest::writesSequenceSets()
{
    QFETCH(QList<quint32>, uids);
    QFETCH(QByteArray, set);
    QCOMPARE(CommandSyntax::sequenceSet(uids), set);
}

void CommandSyntaxTest::writesSearches()
{
    UidSearchJob::Criteria criteria;
    QCOMPARE(UidSearchJob::commandFor(criteria), QByteArray("UID SEARCH ALL"));
    criteria.uidFrom = 42;
    criteria.since = QDate(2026, 11, 1);
    criteria.headers = {{"Message-ID", "<a@b>"}};
    QCOMPARE(UidSearchJob::commandFor(criteria),
             QByteArray("UID SEARCH UID 42:* SINCE 1-Nov-2026 HEADER \"Message-ID\" \"<a@b>\""));
    criteria.headers = {{"Subject", "x\r\nA9 LOGOUT"}};
    QCOMPARE(UidSearchJob::commandFor(criteria), std::nullopt);
}

void CommandSyntaxTest::writesFetches()
{
    QCOMPARE(UidFetchJob::commandFor("1:3", UidFetchJob::InternalDate, 0, false),
             QByteArray("UID FETCH 1:3 (UID INTERNALDATE)"));
    const UidFetchJob::Items all = UidFetchJob::InternalDate | UidFetchJob::Size | UidFetchJob::Flags
        | UidFetchJob::Envelope | UidFetchJob::BodyStructure | UidFetchJob::Header | UidFetchJob::Body;
    QCOMPARE(UidFetchJob::commandFor("5", all, 65536, true),
             QByteArray("UID FETCH 5 (UID INTERNALDATE RFC822.SIZE FLAGS ENVELOPE BODYSTRUCTURE BODY.PEEK[HEADER] "
                        "BODY.PEEK[]<0.65536> MODSEQ)"));
}

void CommandSyntaxTest::writesSaslInitialResponses()
{
    using M = AuthenticateJob::Mechanism;
    // RFC 4616: [authzid] NUL authcid NUL passwd
    QCOMPARE(AuthenticateJob::initialResponse(M::Plain, QStringLiteral("tim"), "tanstaaftanstaaf", {}, 0),
             QByteArray("\0tim\0tanstaaftanstaaf", 21));
    // RFC 7628 3.2.1, with the example's values
    QCOMPARE(AuthenticateJob::initialResponse(
                 M::OAuthBearer, QStringLiteral("user@example.com"),
                 "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==", QStringLiteral("server.example.com"), 143),
             QByteArray("n,a=user@example.com,\1host=server.example.com\1port=143\1"
                        "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\1\1"));
    // Google's XOAUTH2
    QCOMPARE(
        AuthenticateJob::initialResponse(M::XOAuth2, QStringLiteral("someuser@example.com"), "ya29.vF9dft4q", {}, 0),
        QByteArray("user=someuser@example.com\1auth=Bearer ya29.vF9dft4q\1\1"));
}

QTEST_GUILESS_MAIN(CommandSyntaxTest)
#include "CommandSyntaxTest.moc"
