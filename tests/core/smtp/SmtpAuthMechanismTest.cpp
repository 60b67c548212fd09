#include "smtp/AuthMechanism.h"

#include <QTest>

using namespace Vigie::Smtp;

using Names = QList<QByteArray>;

class SmtpAuthMechanismTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainSendsEverythingAtOnce()
    {
        auto plain = AuthMechanism::create("PLAIN", QStringLiteral("owner@backup.test"), QStringLiteral("s3cr\u00e9t"));
        QVERIFY(plain->hasInitialResponse());
        QCOMPARE(plain->initialResponse(), QByteArray("\0owner@backup.test\0s3cr\xc3\xa9t", 26));
        // RFC 4616 section 4's example, to be sure of the byte order.
        auto rfc = AuthMechanism::create("PLAIN", QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
        QCOMPARE(rfc->initialResponse().toBase64(), QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));
    }

    void loginAnswersPromptsInOrder()
    {
        auto login = AuthMechanism::create("LOGIN", QStringLiteral("owner"), QStringLiteral("pw"));
        QVERIFY(!login->hasInitialResponse());
        QCOMPARE(login->respond("Username:"), QByteArray("owner"));
        QCOMPARE(login->respond("Password:"), QByteArray("pw"));
    }

    void xoauth2()
    {
        auto xoauth2 = AuthMechanism::create("XOAUTH2", QStringLiteral("someuser@example.com"),
                                             QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"));
        QCOMPARE(xoauth2->initialResponse(),
                 QByteArray("user=someuser@example.com\x01"
                            "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
        const QByteArray error = R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})";
        QCOMPARE(xoauth2->respond(error), QByteArray());
        QCOMPARE(xoauth2->serverDiagnostic(), error);
    }

    void choose_data()
    {
        QTest::addColumn<Names>("offered");
        QTest::addColumn<bool>("token");
        QTest::addColumn<QByteArray>("chosen");
        QTest::newRow("plain first") << Names{"LOGIN", "PLAIN"} << false << QByteArray("PLAIN");
        QTest::newRow("login only") << Names{"LOGIN", "CRAM-MD5"} << false << QByteArray("LOGIN");
        QTest::newRow("token wants xoauth2") << Names{"PLAIN", "XOAUTH2"} << true << QByteArray("XOAUTH2");
        QTest::newRow("token, no xoauth2") << Names{"PLAIN", "LOGIN"} << true << QByteArray();
        QTest::newRow("nothing usable") << Names{"GSSAPI"} << false << QByteArray();
        QTest::newRow("no AUTH at all") << Names{} << false << QByteArray();
    }

    void choose()
    {
        QFETCH(Names, offered);
        QFETCH(bool, token);
        QTEST(AuthMechanism::choose(offered, token), "chosen");
    }
};

QTEST_GUILESS_MAIN(SmtpAuthMechanismTest)
#include "SmtpAuthMechanismTest.moc"
