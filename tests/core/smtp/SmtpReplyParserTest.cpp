#include "SmtpTestSupport.h"
#include "smtp/ReplyParser.h"

#include <QTest>

using namespace Vigie::Smtp;

using Replies = QList<SmtpReply>;

class SmtpReplyParserTest : public QObject
{
    Q_OBJECT

private:
    static Replies parseAll(const QByteArrayList &chunks, bool *error)
    {
        ReplyParser parser;
        Replies replies;
        for (const QByteArray &chunk : chunks) {
            parser.feed(chunk);
            while (std::optional<SmtpReply> next = parser.next())
                replies.append(*next);
        }
        *error = parser.hasError();
        return replies;
    }

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<Replies>("expected");
        QTest::addColumn<bool>("error");

        QTest::newRow("one line") << QByteArrayList{"220 mx.test ESMTP Postfix\r\n"}
                                  << Replies{reply(220, {}, {QStringLiteral("mx.test ESMTP Postfix")})} << false;
        QTest::newRow("code alone") << QByteArrayList{"250\r\n"} << Replies{reply(250, {}, {QString()})} << false;
        QTest::newRow("bare LF") << QByteArrayList{"250 OK\n"} << Replies{reply(250, {}, {QStringLiteral("OK")})}
                                 << false;
        QTest::newRow("multi-line EHLO")
            << QByteArrayList{"250-mx.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 DSN\r\n"}
            << Replies{reply(250, {},
                             {QStringLiteral("mx.test"), QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
                              QStringLiteral("DSN")})}
            << false;
        QTest::newRow("split mid-line and mid-CRLF")
            << QByteArrayList{"250-mx.te", "st\r", "\n250 DS", "N\r\n"}
            << Replies{reply(250, {}, {QStringLiteral("mx.test"), QStringLiteral("DSN")})} << false;
        QTest::newRow("enhanced status (RFC 2034)")
            << QByteArrayList{"550 5.1.1 <owner@primary.test>: Recipient address rejected: User "
                              "unknown\r\n"}
            << Replies{reply(550, "5.1.1",
                             {QStringLiteral("5.1.1 <owner@primary.test>: Recipient address rejected: User unknown")})}
            << false;
        QTest::newRow("enhanced status alone")
            << QByteArrayList{"250 2.0.0\r\n"} << Replies{reply(250, "2.0.0", {QStringLiteral("2.0.0")})} << false;
        QTest::newRow("three-digit parts")
            << QByteArrayList{"451 4.123.456 later\r\n"}
            << Replies{reply(451, "4.123.456", {QStringLiteral("4.123.456 later")})} << false;
        QTest::newRow("class differs from code: not a status")
            << QByteArrayList{"550 2.1.1 odd\r\n"} << Replies{reply(550, {}, {QStringLiteral("2.1.1 odd")})} << false;
        QTest::newRow("version number is not a status")
            << QByteArrayList{"220 2.3.4beta ready\r\n"} << Replies{reply(220, {}, {QStringLiteral("2.3.4beta ready")})}
            << false;
        QTest::newRow("pipelined replies in one read")
            << QByteArrayList{"250 2.1.0 Ok\r\n550 5.1.1 unknown\r\n554 5.5.1 Error: no valid "
                              "recipients\r\n"}
            << Replies{reply(250, "2.1.0", {QStringLiteral("2.1.0 Ok")}),
                       reply(550, "5.1.1", {QStringLiteral("5.1.1 unknown")}),
                       reply(554, "5.5.1", {QStringLiteral("5.5.1 Error: no valid recipients")})}
            << false;
        QTest::newRow("incomplete reply waits")
            << QByteArrayList{"250-mx.test\r\n250-PIPELINING\r\n"} << Replies{} << false;
        QTest::newRow("UTF-8 text") << QByteArrayList{"250 2.0.0 Ok: queued \xc3\xa9t\xc3\xa9\r\n"}
                                    << Replies{reply(250, "2.0.0", {QStringLiteral("2.0.0 Ok: queued été")})} << false;
        QTest::newRow("garbage: HTTP") << QByteArrayList{"HTTP/1.1 400 Bad Request\r\n"} << Replies{} << true;
        QTest::newRow("garbage: letter in code") << QByteArrayList{"25O OK\r\n"} << Replies{} << true;
        QTest::newRow("garbage: code out of range") << QByteArrayList{"600 nope\r\n"} << Replies{} << true;
        QTest::newRow("garbage: no separator") << QByteArrayList{"250OK\r\n"} << Replies{} << true;
        QTest::newRow("garbage: code changes mid-reply")
            << QByteArrayList{"250-mx.test\r\n251 DSN\r\n"} << Replies{} << true;
        QTest::newRow("good reply then garbage") << QByteArrayList{"220 hi\r\n", "* OK IMAP4rev1\r\n"}
                                                 << Replies{reply(220, {}, {QStringLiteral("hi")})} << true;
        QTest::newRow("endless line") << QByteArrayList{"250 " + QByteArray(ReplyParser::MaxLineLength + 10, 'x')}
                                      << Replies{} << true;
    }

    void parses()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(Replies, expected);
        QFETCH(bool, error);
        bool hadError = false;
        QCOMPARE(parseAll(chunks, &hadError), expected);
        QCOMPARE(hadError, error);
    }

    void byteByByteGivesTheSameReplies()
    {
        const QByteArray wire =
            "250-mx.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n354 End data with <CR><LF>.<CR><LF>\r\n";
        QByteArrayList bytes;
        for (const char c : wire)
            bytes.append(QByteArray(1, c));
        bool whole = false;
        bool split = false;
        QCOMPARE(parseAll(bytes, &split), parseAll({wire}, &whole));
        QCOMPARE(parseAll(bytes, &split).size(), 2);
        QVERIFY(!split && !whole);
    }

    void bufferedDataIsVisible()
    {
        ReplyParser parser;
        parser.feed("220 2.0.0 Ready to start TLS\r\n250 injected\r\n");
        QVERIFY(parser.next().has_value());
        QVERIFY(parser.hasBufferedData());
        parser.clear();
        QVERIFY(!parser.hasBufferedData());
    }

    void replyAccessors_data()
    {
        QTest::addColumn<SmtpReply>("reply");
        QTest::addColumn<QByteArray>("responseCode");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("wire");

        QTest::newRow("enhanced, multi-line")
            << reply(550, "5.7.1", {QStringLiteral("5.7.1 Relaying denied"), QStringLiteral("5.7.1 see policy")})
            << QByteArray("550 5.7.1") << QStringLiteral("Relaying denied\nsee policy")
            << QStringList{QStringLiteral("550-5.7.1 Relaying denied"), QStringLiteral("550 5.7.1 see policy")};
        QTest::newRow("plain") << reply(250, {}, {QStringLiteral("OK")}) << QByteArray("250") << QStringLiteral("OK")
                               << QStringList{QStringLiteral("250 OK")};
        QTest::newRow("code alone") << reply(250, {}, {QString()}) << QByteArray("250") << QString()
                                    << QStringList{QStringLiteral("250")};
    }

    void replyAccessors()
    {
        QFETCH(SmtpReply, reply);
        QFETCH(QByteArray, responseCode);
        QFETCH(QString, text);
        QFETCH(QStringList, wire);
        QCOMPARE(reply.responseCode(), responseCode);
        QCOMPARE(reply.text(), text);
        QCOMPARE(reply.wireLines(), wire);
    }
};

QTEST_GUILESS_MAIN(SmtpReplyParserTest)
#include "SmtpReplyParserTest.moc"
