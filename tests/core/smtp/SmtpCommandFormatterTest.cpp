#include "SmtpTestSupport.h"
#include "smtp/CommandFormatter.h"
#include "smtp/MailTransactionJob.h"

#include <QTest>

using namespace Vigie::Smtp;

class SmtpCommandFormatterTest : public QObject
{
    Q_OBJECT

private:
    static Capabilities capabilities(const QStringList &extensions)
    {
        return Capabilities::fromEhloReply(reply(250, {}, QStringList{QStringLiteral("mx.test")} + extensions));
    }

    static Envelope envelope()
    {
        Envelope envelope;
        envelope.sender = QStringLiteral("owner@backup.test");
        envelope.recipients = {QStringLiteral("owner@primary.test")};
        envelope.envelopeId = "tok+en=1";
        return envelope;
    }

private Q_SLOTS:
    void xtext_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("URL-safe token") << QByteArray("Ab0-_z") << QByteArray("Ab0-_z");
        QTest::newRow("plus and equals") << QByteArray("a+b=c") << QByteArray("a+2Bb+3Dc");
        QTest::newRow("space and control") << QByteArray("a b\x01") << QByteArray("a+20b+01");
        QTest::newRow("non-ASCII") << QByteArray("\xc3\xa9") << QByteArray("+C3+A9");
        QTest::newRow("address") << QByteArray("owner@primary.test") << QByteArray("owner@primary.test");
    }

    void xtext()
    {
        QFETCH(QByteArray, value);
        QTEST(CommandFormatter::xtext(value), "encoded");
    }

    void mailFrom_data()
    {
        QTest::addColumn<QStringList>("extensions");
        QTest::addColumn<bool>("requestDsn");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("bare server") << QStringList{} << true << QByteArray("MAIL FROM:<owner@backup.test>");
        QTest::newRow("SIZE") << QStringList{QStringLiteral("SIZE 1000")} << true
                              << QByteArray("MAIL FROM:<owner@backup.test> SIZE=321");
        QTest::newRow("DSN") << QStringList{QStringLiteral("SIZE"), QStringLiteral("DSN")} << true
                             << QByteArray("MAIL FROM:<owner@backup.test> SIZE=321 RET=HDRS ENVID=tok+2Ben+3D1");
        QTest::newRow("DSN not wanted") << QStringList{QStringLiteral("DSN")} << false
                                        << QByteArray("MAIL FROM:<owner@backup.test>");
    }

    void mailFrom()
    {
        QFETCH(QStringList, extensions);
        QFETCH(bool, requestDsn);
        Envelope e = envelope();
        e.requestDeliveryStatus = requestDsn;
        QTEST(CommandFormatter::mailFrom(e, capabilities(extensions), 321), "line");
    }

    void eightBitBodyOnlyWhenOffered()
    {
        QCOMPARE(CommandFormatter::mailFrom(envelope(), capabilities({QStringLiteral("8BITMIME")}), 1, true),
                 QByteArray("MAIL FROM:<owner@backup.test> BODY=8BITMIME"));
        QCOMPARE(CommandFormatter::mailFrom(envelope(), capabilities({QStringLiteral("8BITMIME")}), 1, false),
                 QByteArray("MAIL FROM:<owner@backup.test>"));
        QCOMPARE(CommandFormatter::mailFrom(envelope(), capabilities({}), 1, true),
                 QByteArray("MAIL FROM:<owner@backup.test>"));
    }

    void rcptTo_data()
    {
        QTest::addColumn<QStringList>("extensions");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("bare server") << QStringList{} << QByteArray("RCPT TO:<owner@primary.test>");
        QTest::newRow("DSN") << QStringList{QStringLiteral(
            "DSN")} << QByteArray("RCPT TO:<owner@primary.test> NOTIFY=FAILURE,DELAY ORCPT=rfc822;owner@primary.test");
    }

    void rcptTo()
    {
        QFETCH(QStringList, extensions);
        QTEST(CommandFormatter::rcptTo(QStringLiteral("owner@primary.test"), envelope(), capabilities(extensions)),
              "line");
    }

    void smtpUtf8OnlyWhenNeededAndOffered()
    {
        Envelope e = envelope();
        e.recipients = {QStringLiteral("élise@primary.test")};
        QVERIFY(CommandFormatter::mailFrom(e, capabilities({QStringLiteral("SMTPUTF8")}), 1).endsWith(" SMTPUTF8"));
        QVERIFY(!CommandFormatter::mailFrom(envelope(), capabilities({QStringLiteral("SMTPUTF8")}), 1)
                     .contains("SMTPUTF8"));
    }

    void queueId_data()
    {
        QTest::addColumn<SmtpReply>("final");
        QTest::addColumn<QString>("queueId");
        QTest::newRow("Postfix") << reply(250, "2.0.0", {QStringLiteral("2.0.0 Ok: queued as 4dR8Yk0xQmz2W")})
                                 << QStringLiteral("4dR8Yk0xQmz2W");
        QTest::newRow("Exim") << reply(250, {}, {QStringLiteral("OK id=1q2W3e-0004Rt-5Y")})
                              << QStringLiteral("1q2W3e-0004Rt-5Y");
        QTest::newRow("unrecognised: the text")
            << reply(250, "2.0.0", {QStringLiteral("2.0.0 OK  1700000000 x1-2 - gsmtp")})
            << QStringLiteral("OK  1700000000 x1-2 - gsmtp");
    }

    void queueId()
    {
        QFETCH(SmtpReply, final);
        QTEST(MailTransactionJob::queueIdFrom(final), "queueId");
    }
};

QTEST_GUILESS_MAIN(SmtpCommandFormatterTest)
#include "SmtpCommandFormatterTest.moc"
