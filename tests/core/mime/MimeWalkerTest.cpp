#include "mime/MimeWalker.h"
#include "mime/ContentType.h"
#include "mime/EncodedWords.h"
#include "mime/HeaderBlock.h"
#include "mime/TransferEncoding.h"

#include <QTest>

using namespace Vigie::Mime;

class MimeWalkerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodedWords_data();
    void encodedWords();
    void transferEncodings_data();
    void transferEncodings();
    void contentType_data();
    void contentType();
    void lineEndings_data();
    void lineEndings();
    void nestedMultipart();
    void embeddedMessages();
    void badCharsetDegrades();
    void undeclaredMultipart();
    void limitsBoundHostileInput_data();
    void limitsBoundHostileInput();
    void largeMessageIsFast();
};

void MimeWalkerTest::encodedWords_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("plain") << QByteArray("Hello") << QStringLiteral("Hello");
    QTest::newRow("base64 utf-8") << QByteArray("=?UTF-8?B?44Gr44KD44KT44GT?=") << QStringLiteral("にゃんこ");
    QTest::newRow("q latin1") << QByteArray("=?iso-8859-1?Q?Bo=EEte_pleine?=") << QStringLiteral("Boîte pleine");
    QTest::newRow("adjacent words join") << QByteArray("=?utf-8?q?a?= =?utf-8?q?b?=") << QStringLiteral("ab");
    // A multi-byte character split across two words must survive.
    QTest::newRow("split utf-8") << QByteArray("=?UTF-8?B?w6k=?= =?UTF-8?Q?=C3?= =?UTF-8?Q?=A9t=C3=A9?=")
                                 << QStringLiteral("éété");
    QTest::newRow("text around") << QByteArray("Re: =?utf-8?q?caf=C3=A9?= ok") << QStringLiteral("Re: café ok");
    QTest::newRow("unknown charset") << QByteArray("=?x-unknown?q?abc?=") << QStringLiteral("abc");
    QTest::newRow("8-bit header utf-8") << QByteArray("Adresse inconnue \xc3\xa0 Paris")
                                        << QStringLiteral("Adresse inconnue à Paris");
    QTest::newRow("8-bit header latin1") << QByteArray("Bo\xee"
                                                       "te pleine")
                                         << QStringLiteral("Boîte pleine");
    QTest::newRow("broken word stays") << QByteArray("=?utf-8?q?abc") << QStringLiteral("=?utf-8?q?abc");
    QTest::newRow("word after a broken one")
        << QByteArray("=?utf-8?q?a b=?utf-8?q?c=C3=A9?=") << QStringLiteral("=?utf-8?q?a bcé");
}

void MimeWalkerTest::encodedWords()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, decoded);
    QCOMPARE(EncodedWords::decode(raw), decoded);
}

void MimeWalkerTest::transferEncodings_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("base64 with line breaks")
        << QByteArray("base64") << QByteArray("SGVs\nbG8=\n") << QByteArray("Hello");
    QTest::newRow("base64 with junk") << QByteArray("BASE64") << QByteArray("SG Vs*bG8") << QByteArray("Hello");
    QTest::newRow("qp soft break") << QByteArray("quoted-printable") << QByteArray("Bo=EEte =\npleine")
                                   << QByteArray("Bo\xee"
                                                 "te pleine");
    QTest::newRow("qp lone equals") << QByteArray("quoted-printable") << QByteArray("a=zz=") << QByteArray("a=zz");
    QTest::newRow("7bit untouched") << QByteArray("7bit") << QByteArray("a=20b") << QByteArray("a=20b");
}

void MimeWalkerTest::transferEncodings()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, decoded);
    QCOMPARE(TransferEncoding::decode(body, encoding), decoded);
}

void MimeWalkerTest::contentType_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("mimeType");
    QTest::addColumn<QByteArray>("boundary");
    QTest::newRow("quoted") << QByteArray("multipart/report; report-type=delivery-status; boundary=\"a;b\"")
                            << QByteArray("multipart/report") << QByteArray("a;b");
    QTest::newRow("comment") << QByteArray("Multipart/Mixed (x) ; Boundary=abc") << QByteArray("multipart/mixed")
                             << QByteArray("abc");
    QTest::newRow("rfc 2231") << QByteArray("multipart/mixed; boundary*0=ab; boundary*1=cd")
                              << QByteArray("multipart/mixed") << QByteArray("abcd");
    QTest::newRow("garbage") << QByteArray("///") << QByteArray("text/plain") << QByteArray();
}

void MimeWalkerTest::contentType()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, mimeType);
    QFETCH(QByteArray, boundary);
    const ContentType type = ContentType::parse(value);
    QCOMPARE(type.mimeType, mimeType);
    QCOMPARE(type.parameter("boundary"), boundary);
}

void MimeWalkerTest::lineEndings_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void MimeWalkerTest::lineEndings()
{
    QFETCH(QByteArray, eol);
    QByteArray raw = "Subject: folded\n line\nContent-Type: multipart/mixed; boundary=B\n\n--B\n"
                     "Content-Type: text/plain\n\nhello\n--B--\n";
    raw.replace("\n", eol);
    const MimeMessage message = MimeWalker().walk(raw);
    QCOMPARE(message.root().headers.text("subject"), QStringLiteral("folded line"));
    QCOMPARE(message.parts.size(), 2);
    QCOMPARE(message.parts.at(1).text(), QStringLiteral("hello"));
}

void MimeWalkerTest::nestedMultipart()
{
    const QByteArray raw =
        "Content-Type: multipart/mixed; boundary=outer\n\n--outer\n"
        "Content-Type: multipart/alternative; boundary=inner\n\n--inner\n"
        "Content-Type: text/plain\n\none\n--inner\nContent-Type: text/html\n\n<b>two</b>\n--inner--\n"
        "--outer\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        "w6l0w6k=\n--outer--\nepilogue\n";
    const MimeMessage message = MimeWalker().walk(raw);
    QCOMPARE(message.parts.size(), 5);
    QCOMPARE(message.parts.at(2).text(), QStringLiteral("one"));
    QCOMPARE(message.parts.at(2).parent, 1);
    QCOMPARE(message.parts.at(3).contentType.mimeType, QByteArray("text/html"));
    QCOMPARE(message.parts.at(4).text(), QStringLiteral("été"));
    QCOMPARE(message.parts.at(4).parent, 0);
    QVERIFY(!message.truncated);
}

void MimeWalkerTest::embeddedMessages()
{
    const QByteArray raw = "Content-Type: multipart/report; boundary=R\n\n--R\nContent-Type: message/rfc822\n\n"
                           "Subject: =?utf-8?q?sond=C3=A9?=\nX-Vigie-Probe: abc\n\nbody\n--R\n"
                           "Content-Type: text/rfc822-headers\n\nMessage-ID: <m@x>\nSubject: second\n--R--\n";
    const MimeMessage message = MimeWalker().walk(raw);
    const MimePart *embedded = nullptr;
    const MimePart *headersOnly = nullptr;
    for (const MimePart &part : message.parts) {
        if (part.kind == MimePart::Kind::Message && part.parent >= 0)
            embedded = &part;
        if (part.kind == MimePart::Kind::HeadersOnly)
            headersOnly = &part;
    }
    QVERIFY(embedded);
    QCOMPARE(embedded->headers.text("subject"), QStringLiteral("sondé"));
    QCOMPARE(embedded->headers.text("x-vigie-probe"), QStringLiteral("abc"));
    QVERIFY(headersOnly);
    QCOMPARE(headersOnly->headers.text("message-id"), QStringLiteral("<m@x>"));
}

void MimeWalkerTest::badCharsetDegrades()
{
    const QByteArray raw = "Content-Type: text/plain; charset=x-does-not-exist\n\nBo\xee"
                           "te pleine\n";
    QCOMPARE(MimeWalker().walk(raw).root().text(), QStringLiteral("Boîte pleine\n"));
    const QByteArray lying = "Content-Type: text/plain; charset=utf-8\n\nBo\xee"
                             "te\n";
    QCOMPARE(MimeWalker().walk(lying).root().text(), QStringLiteral("Boîte\n"));
}

void MimeWalkerTest::undeclaredMultipart()
{
    const QByteArray raw = "From: MAILER-DAEMON\nSubject: x\n\npreamble\n\n--abc.123\n\ntext part\n--abc.123\n"
                           "Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n--abc.123--\n";
    const MimeMessage message = MimeWalker().walk(raw);
    QVERIFY(message.find("message/delivery-status"));
}

void MimeWalkerTest::limitsBoundHostileInput_data()
{
    QTest::addColumn<QByteArray>("raw");
    QByteArray deep;
    for (int i = 0; i < 1000; ++i)
        deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b" + QByteArray::number(i)
            + "\n";
    QTest::newRow("deep nesting") << deep;
    QByteArray many = "Content-Type: multipart/mixed; boundary=b\n\n";
    for (int i = 0; i < 5000; ++i)
        many += "--b\n\nx\n";
    QTest::newRow("many parts") << many;
    QByteArray rfc822 = "";
    for (int i = 0; i < 1000; ++i)
        rfc822 += "Content-Type: message/rfc822\n\n";
    QTest::newRow("nested messages") << rfc822;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only CR") << QByteArray(10000, '\r');
    QByteArray words = "Subject: ";
    for (int i = 0; i < 200000; ++i)
        words += "=?a?q? ";
    QTest::newRow("unterminated encoded words") << words + "\n\nbody\n";
}

void MimeWalkerTest::limitsBoundHostileInput()
{
    QFETCH(QByteArray, raw);
    const MimeLimits limits;
    QElapsedTimer timer;
    timer.start();
    const MimeMessage message = MimeWalker(limits).walk(raw);
    (void)message.root().headers.text("subject");
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    QVERIFY(!message.parts.isEmpty());
    QVERIFY(message.parts.size() <= limits.maxParts);
    for (const MimePart &part : message.parts)
        QVERIFY(part.depth <= limits.maxDepth + 1);
}

void MimeWalkerTest::largeMessageIsFast()
{
    QByteArray raw = "Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nhi\n--B\n"
                     "Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n";
    const QByteArray line = QByteArray(76, 'Q') + "\r\n";
    while (raw.size() < 15 * 1024 * 1024)
        raw += line;
    raw += "--B--\n";
    QElapsedTimer timer;
    timer.start();
    const MimeMessage message = MimeWalker().walk(raw);
    QCOMPARE(message.parts.size(), 3);
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(MimeWalkerTest)
#include "MimeWalkerTest.moc"
