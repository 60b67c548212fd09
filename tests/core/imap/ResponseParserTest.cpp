#include "imap/ResponseParser.h"

#include <QTest>

using namespace Vigie::Imap;

Q_DECLARE_METATYPE(Vigie::Imap::Response)

namespace {

Response status(Response::Kind kind, QByteArray tag, Response::Status status, QString text, ResponseCode code = {})
{
    Response r;
    r.kind = kind;
    r.tag = std::move(tag);
    r.status = status;
    r.text = std::move(text);
    r.code = std::move(code);
    return r;
}

ResponseCode code(QByteArray name, QList<Token> arguments = {})
{
    return {ResponseCode::kindFromName(name), name, std::move(arguments)};
}

Response data(QByteArray name, ResponsePayload payload, std::optional<quint32> number = std::nullopt)
{
    Response r;
    r.name = std::move(name);
    r.payload = std::move(payload);
    r.number = number;
    return r;
}

Token a(const char *text)
{
    return Token::atom(text);
}
Token s(const char *text)
{
    return Token::string(text);
}

} // namespace

class ResponseParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void fetchesEverythingTheWatcherAsksFor();
    void fetchesTheProbeHeaderField();
    void decodesInternalDates_data();
    void decodesInternalDates();
    void staysLinearOnHostileSizes();
};

void ResponseParserTest::parses_data()
{
    using K = Response::Kind;
    using S = Response::Status;
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<Response>("expected");

    QTest::newRow("greeting") << QByteArray("* OK IMAP4rev1 Service Ready\r\n")
                              << status(K::Untagged, {}, S::Ok, QStringLiteral("IMAP4rev1 Service Ready"));
    QTest::newRow("greeting with capabilities")
        << QByteArray("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] Dovecot ready.\r\n")
        << status(K::Untagged, {}, S::Ok, QStringLiteral("Dovecot ready."),
                  code("CAPABILITY", {a("IMAP4rev1"), a("STARTTLS"), a("AUTH=PLAIN")}));
    QTest::newRow("tagged ok") << QByteArray("a001 OK LOGIN completed\r\n")
                               << status(K::Tagged, "a001", S::Ok, QStringLiteral("LOGIN completed"));
    QTest::newRow("rfc 5530 authenticationfailed")
        << QByteArray("A2 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
        << status(K::Tagged, "A2", S::No, QStringLiteral("Authentication failed."), code("AUTHENTICATIONFAILED"));
    QTest::newRow("rfc 5530 unavailable")
        << QByteArray("A3 NO [UNAVAILABLE] Try later\r\n")
        << status(K::Tagged, "A3", S::No, QStringLiteral("Try later"), code("UNAVAILABLE"));
    QTest::newRow("bad without text") << QByteArray("A4 BAD\r\n") << status(K::Tagged, "A4", S::Bad, {});
    QTest::newRow("uidvalidity") << QByteArray("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n")
                                 << status(K::Untagged, {}, S::Ok, QStringLiteral("UIDs valid"),
                                           code("UIDVALIDITY", {a("3857529045")}));
    QTest::newRow("permanentflags") << QByteArray("* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n")
                                    << status(K::Untagged, {}, S::Ok, QStringLiteral("Limited"),
                                              code("PERMANENTFLAGS",
                                                   {Token::makeList({a("\\Deleted"), a("\\Seen"), a("\\*")})}));
    QTest::newRow("read-only") << QByteArray("A142 OK [READ-ONLY] EXAMINE completed\r\n")
                               << status(K::Tagged, "A142", S::Ok, QStringLiteral("EXAMINE completed"),
                                         code("READ-ONLY"));
    QTest::newRow("bye") << QByteArray("* BYE Autologout; idle for too long\r\n")
                         << status(K::Untagged, {}, S::Bye, QStringLiteral("Autologout; idle for too long"));
    QTest::newRow("8-bit text") << QByteArray("* OK Caf\xc3\xa9 ouvert\r\n")
                                << status(K::Untagged, {}, S::Ok, QStringLiteral("Café ouvert"));
    QTest::newRow("continuation") << QByteArray("+ idling\r\n")
                                  << status(K::Continuation, {}, S::None, QStringLiteral("idling"));
    QTest::newRow("bare continuation") << QByteArray("+\r\n") << status(K::Continuation, {}, S::None, {});

    QTest::newRow("exists") << QByteArray("* 172 EXISTS\r\n") << data("EXISTS", std::monostate{}, 172);
    QTest::newRow("expunge") << QByteArray("* 3 EXPUNGE\r\n") << data("EXPUNGE", std::monostate{}, 3);
    QTest::newRow("capability") << QByteArray("* CAPABILITY IMAP4rev1 IDLE condstore AUTH=XOAUTH2\r\n")
                                << data("CAPABILITY",
                                        CapabilityData{{"IMAP4REV1", "IDLE", "CONDSTORE", "AUTH=XOAUTH2"}});
    QTest::newRow("flags") << QByteArray("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n")
                           << data("FLAGS", FlagsData{{"\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft"}});
    QTest::newRow("list special-use") << QByteArray("* LIST (\\HasNoChildren \\Sent) \"/\" Sent\r\n")
                                      << data("LIST", ListData{{"\\HasNoChildren", "\\Sent"}, "/", "Sent"});
    QTest::newRow("list quoted with nil delimiter")
        << QByteArray("* LIST (\\Noselect) NIL \"Envoy\\\"es\"\r\n")
        << data("LIST", ListData{{"\\Noselect"}, QByteArray(), "Envoy\"es"});
    QTest::newRow("list literal name") << QByteArray("* LIST () \".\" {11}\r\nSent \"mail\"\r\n")
                                       << data("LIST", ListData{{}, ".", "Sent \"mail\""});
    QTest::newRow("search") << QByteArray("* SEARCH 2 84 882\r\n") << data("SEARCH", SearchData{{2, 84, 882}, {}});
    QTest::newRow("empty search") << QByteArray("* SEARCH\r\n") << data("SEARCH", SearchData{});
    QTest::newRow("search modseq") << QByteArray("* SEARCH 2 5 (MODSEQ 917162500)\r\n")
                                   << data("SEARCH", SearchData{{2, 5}, 917162500});
    QTest::newRow("status") << QByteArray("* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n")
                            << data("STATUS", StatusData{"blurdybloop", {{"MESSAGES", 231}, {"UIDNEXT", 44292}}});
    QTest::newRow("enabled") << QByteArray("* ENABLED CONDSTORE\r\n") << data("ENABLED", CapabilityData{{"CONDSTORE"}});
    QTest::newRow("id") << QByteArray("* ID (\"name\" \"Dovecot\")\r\n")
                        << data("ID", OtherData{{Token::makeList({s("name"), s("Dovecot")})}});
    QTest::newRow("fetch flags") << QByteArray("* 12 FETCH (FLAGS (\\Seen) UID 4827313)\r\n")
                                 << data(
                                        "FETCH",
                                        [] {
                                            FetchData f;
                                            f.sequenceNumber = 12;
                                            f.flags = QList<QByteArray>{"\\Seen"};
                                            f.uid = 4827313;
                                            return f;
                                        }(),
                                        12);
}

void ResponseParserTest::parses()
{
    QFETCH(QByteArray, wire);
    QFETCH(Response, expected);
    const ResponseParser::Result result = ResponseParser::parse(wire);
    QVERIFY2(result.response.has_value(), result.error.constData());
    if (*result.response != expected)
        qWarning() << *result.response << "\n" << expected;
    QCOMPARE(*result.response, expected);
}

void ResponseParserTest::rejects_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("garbage") << QByteArray("hello world\r\n");
    QTest::newRow("binary") << QByteArray("\x01\x02\x03\r\n");
    QTest::newRow("empty") << QByteArray("\r\n");
    QTest::newRow("tag only") << QByteArray("A1\r\n");
    QTest::newRow("tagged preauth") << QByteArray("A1 PREAUTH hi\r\n");
    QTest::newRow("unterminated quote") << QByteArray("* LIST () \"/\" \"Sent\r\n");
    QTest::newRow("unterminated list") << QByteArray("* 1 FETCH (UID 4\r\n");
    QTest::newRow("literal longer than data") << QByteArray("* LIST () \"/\" {50}\r\nab\r\n");
    QTest::newRow("deep nesting") << QByteArray("* 1 FETCH ") + QByteArray(200, '(') + QByteArray(200, ')') + "\r\n";
    QTest::newRow("fetch odd list") << QByteArray("* 1 FETCH (UID)\r\n");
    QTest::newRow("fetch bad uid") << QByteArray("* 1 FETCH (UID abc)\r\n");
    QTest::newRow("fetch zero uid") << QByteArray("* 1 FETCH (UID 0)\r\n");
    QTest::newRow("fetch bad date") << QByteArray("* 1 FETCH (INTERNALDATE \"yesterday\")\r\n");
    QTest::newRow("search overflow") << QByteArray("* SEARCH 99999999999\r\n");
    QTest::newRow("number overflow") << QByteArray("* 99999999999999999999999 EXISTS\r\n");
    QTest::newRow("unterminated code") << QByteArray("* OK [UIDNEXT 4\r\n");
    QTest::newRow("envelope too short") << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL))\r\n");
}

void ResponseParserTest::rejects()
{
    QFETCH(QByteArray, wire);
    const ResponseParser::Result result = ResponseParser::parse(wire);
    QVERIFY(!result.response.has_value());
    QVERIFY(!result.error.isEmpty());
}

void ResponseParserTest::fetchesEverythingTheWatcherAsksFor()
{
    const QByteArray header = "From: =?utf-8?q?Ren=C3=A9?= <rene@example.org>\r\nSubject: hi\r\n\r\n";
    const QByteArray wire = "* 12 FETCH (UID 42 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 4286 "
                            "MODSEQ (12121231000) "
                            "ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"=?ISO-8859-1?Q?Caf=E9?= "
                            "=?ISO-8859-1?Q?_cr=E8me?=\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
                            "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) NIL "
                            "((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL \"minutes\" "
                            "\"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
                            "\"<B27397-0100000@cac.washington.edu>\") "
                            "BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92) "
                            "BODY[HEADER] {"
        + QByteArray::number(header.size()) + "}\r\n" + header + " FLAGS ())\r\n";
    const ResponseParser::Result result = ResponseParser::parse(wire);
    QVERIFY2(result.response.has_value(), result.error.constData());
    const FetchData *fetch = result.response->as<FetchData>();
    QVERIFY(fetch);
    QCOMPARE(fetch->sequenceNumber, 12u);
    QCOMPARE(fetch->uid, 42u);
    QCOMPARE(fetch->internalDate, QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC));
    QCOMPARE(fetch->size, 4286);
    QCOMPARE(fetch->modSeq, 12121231000ull);
    QVERIFY(fetch->envelope);
    QCOMPARE(fetch->envelope->subject, QStringLiteral("Café crème"));
    QCOMPARE(fetch->envelope->from.size(), 1);
    QCOMPARE(fetch->envelope->from.constFirst().name, QStringLiteral("Terry Gray"));
    QCOMPARE(fetch->envelope->from.constFirst().email(), QStringLiteral("gray@cac.washington.edu"));
    QCOMPARE(fetch->envelope->cc.size(), 2);
    QCOMPARE(fetch->envelope->messageId, QByteArray("<B27397-0100000@cac.washington.edu>"));
    QVERIFY(fetch->bodyStructure);
    QCOMPARE(fetch->bodyStructure->list.size(), 8);
    QCOMPARE(fetch->header, header);
    QCOMPARE(fetch->flags, QList<QByteArray>{});
}

void ResponseParserTest::fetchesTheProbeHeaderField()
{
    // What the probe remover re-reads before it marks a message \Deleted.
    const QByteArray field = "X-Vigie-Probe: abc\r\n\r\n";
    const QByteArray wire = "* 3 FETCH (UID 7 BODY[HEADER.FIELDS (X-VIGIE-PROBE)] {" + QByteArray::number(field.size())
        + "}\r\n" + field + ")\r\n";
    const ResponseParser::Result result = ResponseParser::parse(wire);
    QVERIFY2(result.response.has_value(), result.error.constData());
    const FetchData *fetch = result.response->as<FetchData>();
    QVERIFY(fetch);
    QCOMPARE(fetch->uid, 7u);
    QCOMPARE(fetch->header, field);
}

void ResponseParserTest::decodesInternalDates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("rfc example") << QByteArray("17-Jul-1996 02:44:25 -0700")
                                 << QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC);
    QTest::newRow("space-padded day") << QByteArray(" 1-Feb-2024 23:59:59 +0100")
                                      << QDateTime(QDate(2024, 2, 1), QTime(22, 59, 59), Qt::UTC);
    QTest::newRow("not a date") << QByteArray("32-Jan-2024 00:00:00 +0000") << QDateTime();
    QTest::newRow("bad month") << QByteArray("01-Foo-2024 00:00:00 +0000") << QDateTime();
    QTest::newRow("short") << QByteArray("01-Jan-2024") << QDateTime();
}

void ResponseParserTest::decodesInternalDates()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(parseInternalDate(text), expected);
}

void ResponseParserTest::staysLinearOnHostileSizes()
{
    // Inputs that made naive scanning quadratic; each is a megabyte and must parse in moments.
    QByteArray brackets = "* 1 FETCH (" + QByteArray(1 << 20, 'A').replace("AAA", "A[]") + ")\r\n";
    QVERIFY(!ResponseParser::parse(brackets).response); // not a valid msg-att list, but answered

    QByteArray words;
    for (int i = 0; i < (1 << 20) / 6; ++i)
        words += "=?a?q?";
    const QByteArray subject = "{" + QByteArray::number(words.size()) + "}\r\n" + words;
    const QByteArray envelope = "* 1 FETCH (ENVELOPE (NIL " + subject + " NIL NIL NIL NIL NIL NIL NIL NIL))\r\n";
    const ResponseParser::Result result = ResponseParser::parse(envelope);
    QVERIFY2(result.response, result.error.constData());
    QVERIFY(result.response->as<FetchData>()->envelope->subject.size() <= words.size());
}

QTEST_GUILESS_MAIN(ResponseParserTest)
#include "ResponseParserTest.moc"
