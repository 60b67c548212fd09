#include "SmtpTestSupport.h"
#include "smtp/Capabilities.h"

#include <QTest>

using namespace Vigie::Smtp;

using Names = QList<QByteArray>;

class SmtpCapabilitiesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("startTls");
        QTest::addColumn<bool>("pipelining");
        QTest::addColumn<bool>("dsn");
        QTest::addColumn<bool>("enhanced");
        QTest::addColumn<Names>("auth");
        QTest::addColumn<qint64>("size"); // -1: no SIZE

        QTest::newRow("Postfix submission before STARTTLS")
            << QStringList{QStringLiteral("mail.backup.test"), QStringLiteral("PIPELINING"),
                           QStringLiteral("SIZE 10240000"),    QStringLiteral("ETRN"),
                           QStringLiteral("STARTTLS"),         QStringLiteral("ENHANCEDSTATUSCODES"),
                           QStringLiteral("8BITMIME"),         QStringLiteral("DSN"),
                           QStringLiteral("SMTPUTF8"),         QStringLiteral("CHUNKING")}
            << QStringLiteral("mail.backup.test") << true << true << true << true << Names{} << qint64(10240000);
        QTest::newRow("after STARTTLS, with AUTH")
            << QStringList{QStringLiteral("mail.backup.test"), QStringLiteral("PIPELINING"),
                           QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("AUTH=PLAIN LOGIN")}
            << QStringLiteral("mail.backup.test") << false << true << false << false << Names{"PLAIN", "LOGIN"}
            << qint64(-1);
        QTest::newRow("greeting text after the domain, lower case")
            << QStringList{QStringLiteral("smtp.example.com at your service, [192.0.2.1]"),
                           QStringLiteral("size 35882577"), QStringLiteral("auth login plain xoauth2"),
                           QStringLiteral("enhancedstatuscodes")}
            << QStringLiteral("smtp.example.com") << false << false << false << true
            << Names{"LOGIN", "PLAIN", "XOAUTH2"} << qint64(35882577);
        QTest::newRow("SIZE without a limit")
            << QStringList{QStringLiteral("mx"), QStringLiteral("SIZE")} << QStringLiteral("mx") << false << false
            << false << false << Names{} << qint64(0);
        QTest::newRow("SIZE with garbage")
            << QStringList{QStringLiteral("mx"), QStringLiteral("SIZE lots")} << QStringLiteral("mx") << false << false
            << false << false << Names{} << qint64(0);
        QTest::newRow("domain only") << QStringList{QStringLiteral("mx")} << QStringLiteral("mx") << false << false
                                     << false << false << Names{} << qint64(-1);
    }

    void parses()
    {
        QFETCH(QStringList, lines);
        const Capabilities capabilities = Capabilities::fromEhloReply(reply(250, {}, lines));
        QTEST(capabilities.serverDomain(), "domain");
        QTEST(capabilities.startTls(), "startTls");
        QTEST(capabilities.pipelining(), "pipelining");
        QTEST(capabilities.dsn(), "dsn");
        QTEST(capabilities.enhancedStatusCodes(), "enhanced");
        QTEST(capabilities.authMechanisms(), "auth");
        QFETCH(qint64, size);
        QCOMPARE(capabilities.sizeLimit().value_or(-1), size);
    }

    void keywordsAreCaseInsensitive()
    {
        const Capabilities capabilities =
            Capabilities::fromEhloReply(reply(250, {}, {QStringLiteral("mx"), QStringLiteral("X-Custom a b")}));
        QVERIFY(capabilities.has("x-custom"));
        QCOMPARE(capabilities.parameters("X-CUSTOM"), (Names{"a", "b"}));
        QVERIFY(!capabilities.has("STARTTLS"));
    }
};

QTEST_GUILESS_MAIN(SmtpCapabilitiesTest)
#include "SmtpCapabilitiesTest.moc"
