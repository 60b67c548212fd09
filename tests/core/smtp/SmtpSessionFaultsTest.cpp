#include "ScriptedSmtpServer.h"
#include "ScriptedSubmission.h"
#include "SmtpTestSupport.h"
#include "TestCertificate.h"
#include "smtp/SubmissionClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Vigie;
using namespace Vigie::Smtp;
using namespace ScriptedSubmission;
using Kind = Net::ServiceError::Kind;

// What a real server will not do on demand: replies split across reads, 421 mid-session,
// stalls, garbage, a STARTTLS that is missing, refused or followed by injected data; and TLS
// itself (implicit and STARTTLS) against a throwaway certificate.
class SmtpSessionFaultsTest : public QObject
{
    Q_OBJECT

private:
    TestCertificate m_certificate;
    QString m_certificateFile; // empty: TLS tests skip

    Run submit(ScriptedSmtpServer &server, const Credentials &credentials = {},
               const Timeouts &timeouts = shortTimeouts(), Config::TlsMode tls = Config::TlsMode::None)
    {
        return ScriptedSubmission::submit(server, credentials, timeouts, tls, nullptr, m_certificateFile);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_certificate.create())
            m_certificateFile = m_certificate.certificateFile();
    }

    void implicitTls()
    {
        if (m_certificateFile.isEmpty())
            QSKIP("openssl could not make a test certificate");
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 tls.test ESMTP
            C: EHLO [127.0.0.1]
            S: 250-tls.test
            S: 250 AUTH PLAIN
            C: AUTH PLAIN [redacted]
            S: 235 ok
            C: MAIL FROM:<owner@backup.test>
            S: 250 ok
            C: RCPT TO:<owner@primary.test>
            S: 250 ok
            C: DATA
            S: 354 go
            C: [message]
            S: 250 queued as 1A2B
            C: QUIT
            S: 221 bye
        )"));
        server.setTls(m_certificate.serverConfiguration(), true);
        QVERIFY(server.listen());
        const Run run = submit(server, password(), shortTimeouts(), Config::TlsMode::Implicit);
        VERIFY_SCRIPT_FOLLOWED(server);
        QVERIFY2(run.result.isAccepted(), qPrintable(run.result.error.detail));
        QVERIFY(run.result.encrypted);
        QCOMPARE(run.result.queueId, QStringLiteral("1A2B"));
    }

    void startTlsThenEhloAgain()
    {
        if (m_certificateFile.isEmpty())
            QSKIP("openssl could not make a test certificate");
        // AUTH only shows after TLS, as with Postfix's smtpd_tls_auth_only: the client must use
        // the second EHLO, not the first.
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 tls.test ESMTP
            C: EHLO [127.0.0.1]
            S: 250-tls.test
            S: 250-SIZE 5
            S: 250 STARTTLS
            C: STARTTLS
            S: 220 2.0.0 Ready to start TLS
            T:
            C: EHLO [127.0.0.1]
            S: 250-tls.test
            S: 250-PIPELINING
            S: 250 AUTH LOGIN PLAIN
            C: AUTH PLAIN [redacted]
            S: 235 ok
            C: MAIL FROM:<owner@backup.test>
            C: RCPT TO:<owner@primary.test>
            C: DATA
            S: 250 ok
            S: 250 ok
            S: 354 go
            C: [message]
            S: 250 2.0.0 Ok: queued as 9F8E
            C: QUIT
            S: 221 bye
        )"));
        server.setTls(m_certificate.serverConfiguration(), false);
        QVERIFY(server.listen());
        const Run run = submit(server, password(), shortTimeouts(), Config::TlsMode::StartTls);
        VERIFY_SCRIPT_FOLLOWED(server);
        QVERIFY2(run.result.isAccepted(), qPrintable(run.result.error.detail));
        QVERIFY(run.result.encrypted);
        QVERIFY(!run.result.capabilities.startTls());
        QVERIFY(!run.result.capabilities.sizeLimit().has_value()); // forgotten with the first EHLO
        QCOMPARE(run.result.authMechanism, QByteArray("PLAIN"));
    }

    void untrustedImplicitTls()
    {
        if (m_certificateFile.isEmpty())
            QSKIP("openssl could not make a test certificate");
        ScriptedSmtpServer server(QStringLiteral("S: 220 tls.test ESMTP"));
        server.setTls(m_certificate.serverConfiguration(), true);
        QVERIFY(server.listen());
        const QString trusted = std::exchange(m_certificateFile, QString());
        const Run run = submit(server, password(), shortTimeouts(), Config::TlsMode::Implicit);
        m_certificateFile = trusted;
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Tls));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::Connect));
        QVERIFY(!run.result.error.sslErrors.isEmpty());
        QVERIFY(run.result.exchanges.isEmpty());
    }

    void multiLineReplySplitAcrossReads()
    {
        ScriptedSmtpServer server(QStringLiteral(R"(
            S~ 220 fake.te
            P: 30
            S: st ESMTP
            C: EHLO [127.0.0.1]
            S~ 250-fake.test
            P: 30
            S~ \r
            P: 30
            S~ \n250-SI
            P: 30
            S: ZE 100
            S: 250 ENHANCEDSTATUSCODES
            # 37 bytes, 38 once the leading dot is doubled: the size as it travels.
            C: MAIL FROM:<owner@backup.test> SIZE=38
        )"));
        QVERIFY(server.listen());
        Timeouts timeouts = shortTimeouts();
        timeouts.commandMs = 500;
        const Run run = submit(server, {}, timeouts);
        VERIFY_SCRIPT_FOLLOWED(server);
        // Stalls after MAIL: the command timeout ends it, after the replies parsed whole.
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Timeout));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::MailFrom));
        QCOMPARE(run.result.capabilities.sizeLimit().value_or(-1), 100);
        QCOMPARE(run.result.replyAt(SubmissionStep::Greeting).lines, QStringList{QStringLiteral("fake.test ESMTP")});
        QCOMPARE(run.result.replyAt(SubmissionStep::Ehlo).lines.size(), 3);
    }

    void serviceClosingMidSession()
    {
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 fake.test
            C: EHLO [127.0.0.1]
            S: 250 fake.test
            C: MAIL FROM:<owner@backup.test>
            S: 421 4.3.2 Service shutting down
            X:
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server);
        QCOMPARE(run.emissions, 1);
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Failed));
        QCOMPARE(toString(run.result.error.kind), toString(Kind::ServerUnavailable));
        QCOMPARE(run.result.error.responseCode, QByteArray("421 4.3.2"));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::MailFrom));
        QCOMPARE(run.result.reply.code, 421);
        QCOMPARE(run.result.exchanges.constLast().reply.code, 421);
        QVERIFY(run.result.error.isTransient());
    }

    void greetingRefused()
    {
        ScriptedSmtpServer server(QStringLiteral("S: 554 5.7.1 No SMTP service here\nC: QUIT\nX:\n"));
        QVERIFY(server.listen());
        const Run run = submit(server);
        QCOMPARE(toString(run.result.error.kind), toString(Kind::ServerUnavailable));
        QCOMPARE(run.result.error.responseCode, QByteArray("554 5.7.1"));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::Greeting));
    }

    void stalls_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("step");
        QTest::newRow("no greeting") << QString() << toString(SubmissionStep::Greeting);
        QTest::newRow("half a greeting") << QStringLiteral("S~ 220-fake.test") << toString(SubmissionStep::Greeting);
        QTest::newRow("no EHLO reply") << QStringLiteral("S: 220 fake.test\nC: EHLO [127.0.0.1]")
                                       << toString(SubmissionStep::Ehlo);
        QTest::newRow("no reply to the message")
            << QStringLiteral("S: 220 x\nC: EHLO [127.0.0.1]\nS: 250 x\nC: MAIL FROM:<owner@backup.test>\nS: 250 ok\n"
                              "C: RCPT TO:<owner@primary.test>\nS: 250 ok\nC: DATA\nS: 354 go\nC: [message]")
            << toString(SubmissionStep::MessageBody);
    }

    void stalls()
    {
        QFETCH(QString, script);
        ScriptedSmtpServer server(script);
        QVERIFY(server.listen());
        Timeouts timeouts = shortTimeouts();
        timeouts.greetingMs = 200;
        timeouts.commandMs = 200;
        timeouts.dataEndMs = 300;
        QElapsedTimer elapsed;
        elapsed.start();
        const Run run = submit(server, {}, timeouts);
        QCOMPARE(run.emissions, 1);
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Timeout));
        QTEST(toString(run.result.step), "step");
        QVERIFY(elapsed.elapsed() < 3000);
        QTRY_VERIFY_WITH_TIMEOUT(server.clientDisconnected(), 2000);
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("HTTP server") << QStringLiteral("S: HTTP/1.1 400 Bad Request");
        QTest::newRow("IMAP server") << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready");
        QTest::newRow("code changes") << QStringLiteral("S: 220 x\nC: EHLO [127.0.0.1]\nS: 250-x\nS: 220 y");
        QTest::newRow("unsolicited reply") << QStringLiteral("S: 220 x\nS: 250 surprise");
    }

    void garbage()
    {
        QFETCH(QString, script);
        ScriptedSmtpServer server(script);
        QVERIFY(server.listen());
        const Run run = submit(server);
        QCOMPARE(run.emissions, 1);
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Failed));
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Protocol));
    }

    void startTlsRequiredButNotOffered()
    {
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 downgraded.test ESMTP
            C: EHLO [127.0.0.1]
            S: 250-downgraded.test
            S: 250-PIPELINING
            S: 250 AUTH PLAIN LOGIN
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server, password(), shortTimeouts(), Config::TlsMode::StartTls);
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Failed));
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Tls));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::StartTls));
        QVERIFY(!run.result.encrypted);
        // Nothing went out in the clear after EHLO: no AUTH, no MAIL.
        QCOMPARE(server.received(), QByteArrayList{"EHLO [127.0.0.1]"});
    }

    void startTlsRefused()
    {
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 fake.test ESMTP
            C: EHLO [127.0.0.1]
            S: 250-fake.test
            S: 250 STARTTLS
            C: STARTTLS
            S: 454 4.7.0 TLS not available due to local problem
            C: QUIT
            X:
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server, password(), shortTimeouts(), Config::TlsMode::StartTls);
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Tls));
        QCOMPARE(run.result.error.responseCode, QByteArray("454 4.7.0"));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::StartTls));
        QCOMPARE(server.received(), (QByteArrayList{"EHLO [127.0.0.1]", "STARTTLS", "QUIT"}));
    }

    void dataInjectedAfterStartTlsReplyIsRefused()
    {
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 fake.test ESMTP
            C: EHLO [127.0.0.1]
            S: 250-fake.test
            S: 250 STARTTLS
            C: STARTTLS
            S~ 220 2.0.0 Ready to start TLS\r\n250-injected\r\n250 AUTH PLAIN\r\n
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server, password(), shortTimeouts(), Config::TlsMode::StartTls);
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Protocol));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::StartTls));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        ScriptedSmtpServer unused(QString{});
        Config::ServerSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = port;
        settings.tls = Config::TlsMode::None;
        SubmissionClient client;
        client.setServer(settings);
        client.setTimeouts(shortTimeouts());
        QSignalSpy spy(&client, &SubmissionClient::finished);
        QVERIFY(client.submit(ScriptedSubmission::envelope(), ScriptedSubmission::message()));
        QVERIFY(!client.submit(ScriptedSubmission::envelope(), ScriptedSubmission::message())); // busy
        QVERIFY(spy.wait(5000));
        const auto result = spy.at(0).at(0).value<SubmissionResult>();
        QCOMPARE(toString(result.error.kind), toString(Kind::Network));
        QCOMPARE(toString(result.step), toString(SubmissionStep::Connect));
        QVERIFY(!client.isBusy());
    }

    void cancel()
    {
        ScriptedSmtpServer server(QString{});
        QVERIFY(server.listen());
        Config::ServerSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = server.port();
        settings.tls = Config::TlsMode::None;
        SubmissionClient client;
        client.setServer(settings);
        QSignalSpy spy(&client, &SubmissionClient::finished);
        QVERIFY(client.submit(ScriptedSubmission::envelope(), ScriptedSubmission::message()));
        QTRY_VERIFY_WITH_TIMEOUT(!server.received().isEmpty() || server.port() != 0, 1000);
        QTimer::singleShot(50, &client, &SubmissionClient::cancel);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(toString(spy.at(0).at(0).value<SubmissionResult>().error.kind), toString(Kind::Cancelled));
    }
};

QTEST_GUILESS_MAIN(SmtpSessionFaultsTest)
#include "SmtpSessionFaultsTest.moc"
