#include "ScriptedSmtpServer.h"
#include "SmtpTestSupport.h"
#include "smtp/AccessTokenProvider.h"
#include "smtp/DotStuffer.h"
#include "smtp/SubmissionClient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Vigie;
using namespace Vigie::Smtp;
using Kind = Net::ServiceError::Kind;

namespace {

const QByteArray Message = "Subject: test\r\n\r\n.leading dot\r\nbody\r\n";
const QString Sender = QStringLiteral("owner@backup.test");
const QString Recipient = QStringLiteral("owner@primary.test");

Envelope envelope()
{
    return Envelope{Sender, {Recipient}, "probe-token", true};
}

QString fullEhlo()
{
    return QStringLiteral(R"(
        S: 220 fake.test ESMTP scripted
        C: EHLO [127.0.0.1]
        S: 250-fake.test
        S: 250-PIPELINING
        S: 250-SIZE 10240000
        S: 250-AUTH PLAIN LOGIN
        S: 250-ENHANCEDSTATUSCODES
        S: 250 DSN
    )");
}

QString dsnMailFrom()
{
    return QStringLiteral("C: MAIL FROM:<owner@backup.test> SIZE=%1 RET=HDRS ENVID=probe-token\n")
        .arg(DotStuffer::encode(Message).size() - 3);
}

const QString DsnRcptTo = QStringLiteral("C: RCPT TO:<owner@primary.test> NOTIFY=FAILURE,DELAY ORCPT=rfc822;owner@primary.test\n");

class FakeTokenProvider : public AccessTokenProvider
{
public:
    using AccessTokenProvider::AccessTokenProvider;
    void requestToken() override
    {
        ++requests;
        QTimer::singleShot(0, this, [this] { Q_EMIT tokenReady(QStringLiteral("ya29.token")); });
    }
    int requests = 0;
};

QStringList g_wireLog;

void captureWireLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "vigie.smtp.wire") == 0)
        g_wireLog.append(message);
}

} // namespace

class SmtpSubmissionScriptedTest : public QObject
{
    Q_OBJECT

private:
    struct Run {
        SubmissionResult result;
        int emissions = 0;
    };

    static Timeouts shortTimeouts()
    {
        Timeouts timeouts;
        timeouts.connectMs = 3000;
        timeouts.greetingMs = 3000;
        timeouts.commandMs = 3000;
        timeouts.dataEndMs = 3000;
        timeouts.quitMs = 1000;
        return timeouts;
    }

    Run submit(ScriptedSmtpServer &server, Credentials credentials = {}, Timeouts timeouts = shortTimeouts(),
                      Config::TlsMode tls = Config::TlsMode::None, AccessTokenProvider *tokens = nullptr,
                      QByteArray message = Message)
    {
        Config::ServerSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = server.port();
        settings.tls = tls;
        if (tls != Config::TlsMode::None)
            settings.caCertificatesFile = m_certificateFile;
        SubmissionClient client;
        client.setServer(settings);
        client.setCredentials(credentials);
        client.setTimeouts(timeouts);
        client.setAccessTokenProvider(tokens);
        Run run;
        connect(&client, &SubmissionClient::finished, &client, [&run](const SubmissionResult &result) {
            run.result = result;
            ++run.emissions;
        });
        if (!client.submit(envelope(), message))
            return run;
        if (!QTest::qWaitFor([&run] { return run.emissions > 0; }, 15000))
            return run;
        // finished() comes once: give a second one a chance to show up.
        QTest::qWait(20);
        return run;
    }

    static Credentials password() { return {Sender, QStringLiteral("pw")}; }

    QTemporaryDir m_tlsDir;
    QString m_certificateFile;
    QSslConfiguration m_serverTls;

private Q_SLOTS:
    // A throwaway self-signed certificate for 127.0.0.1, for the TLS scripts.
    void initTestCase()
    {
        QVERIFY(m_tlsDir.isValid());
        const QString key = m_tlsDir.filePath(QStringLiteral("key.pem"));
        const QString certificate = m_tlsDir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        QSignalSpy done(&openssl, &QProcess::finished);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), certificate});
        if (!done.wait(30'000) || openssl.exitCode() != 0)
            return; // the TLS tests skip
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_serverTls = QSslConfiguration::defaultConfiguration();
        m_serverTls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        m_serverTls.setLocalCertificate(QSslCertificate::fromPath(certificate).value(0));
        m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_certificateFile = certificate;
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
        server.setTls(m_serverTls, true);
        QVERIFY(server.listen());
        const Run run = submit(server, password(), shortTimeouts(), Config::TlsMode::Implicit);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
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
        server.setTls(m_serverTls, false);
        QVERIFY(server.listen());
        const Run run = submit(server, password(), shortTimeouts(), Config::TlsMode::StartTls);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
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
        server.setTls(m_serverTls, true);
        QVERIFY(server.listen());
        const QString trusted = std::exchange(m_certificateFile, QString());
        const Run run = submit(server, password(), shortTimeouts(), Config::TlsMode::Implicit);
        m_certificateFile = trusted;
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Tls));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::Connect));
        QVERIFY(!run.result.error.sslErrors.isEmpty());
        QVERIFY(run.result.exchanges.isEmpty());
    }

    void pipelinedSubmissionWithAuthAndDsn()
    {
        ScriptedSmtpServer server(fullEhlo() + QStringLiteral(R"(
            C: AUTH PLAIN [redacted]
            S: 235 2.7.0 Authentication successful
        )") + dsnMailFrom() + DsnRcptTo + QStringLiteral(R"(
            C: DATA
            S: 250 2.1.0 Ok
            S: 250 2.1.5 Ok
            S: 354 End data with <CR><LF>.<CR><LF>
            C: [message]
            S: 250 2.0.0 Ok: queued as 4XyZ12
            C: QUIT
            S: 221 2.0.0 Bye
            X:
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server, password());
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
        QCOMPARE(run.emissions, 1);
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Accepted));
        QCOMPARE(run.result.queueId, QStringLiteral("4XyZ12"));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::MessageBody));
        QCOMPARE(run.result.reply.responseCode(), QByteArray("250 2.0.0"));
        QCOMPARE(run.result.authMechanism, QByteArray("PLAIN"));
        QCOMPARE(run.result.recipients.size(), 1);
        QVERIFY(run.result.recipients.constFirst().accepted());
        QCOMPARE(run.result.recipients.constFirst().reply.enhancedStatus, QByteArray("2.1.5"));
        QVERIFY(!run.result.error.isError());
        QVERIFY(server.isScriptDone());
        // The real credentials went to the server; the evidence keeps them redacted.
        QVERIFY(server.received().contains("AUTH PLAIN " + QByteArray("\0owner@backup.test\0pw", 21).toBase64()));
        QCOMPARE(run.result.replyAt(SubmissionStep::Auth).code, 235);
        for (const Exchange &exchange : run.result.exchanges)
            QVERIFY(!exchange.command.contains(QByteArray("\0owner@backup.test\0pw", 21).toBase64()));
        // Dot-stuffed on the wire.
        QCOMPARE(server.messages(), QByteArrayList{"Subject: test\r\n\r\n..leading dot\r\nbody"});
        // Greeting, EHLO, AUTH, MAIL, RCPT, DATA, message, QUIT.
        QCOMPARE(run.result.exchanges.size(), 8);
        QCOMPARE(toString(run.result.exchanges.constLast().step), toString(SubmissionStep::Quit));
        QCOMPARE(toString(run.result.exchanges.at(3).step), toString(SubmissionStep::MailFrom));
    }

    void oneCommandAtATimeWithoutPipeliningAndLogin()
    {
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 old.test ESMTP
            C: EHLO [127.0.0.1]
            S: 250-old.test
            S: 250 AUTH LOGIN
            C: AUTH LOGIN
            S: 334 VXNlcm5hbWU6
            C: [redacted]
            S: 334 UGFzc3dvcmQ6
            C: [redacted]
            S: 235 ok
            C: MAIL FROM:<owner@backup.test>
            S: 250 ok
            C: RCPT TO:<owner@primary.test>
            S: 250 ok
            C: DATA
            S: 354 go ahead
            C: [message]
            S: 250 OK id=1abc-02
            C: QUIT
            S: 221 bye
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server, password());
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Accepted));
        QCOMPARE(run.result.queueId, QStringLiteral("1abc-02"));
        QCOMPARE(run.result.authMechanism, QByteArray("LOGIN"));
        QVERIFY(server.received().contains(QByteArray("owner@backup.test").toBase64()));
        QVERIFY(server.received().contains(QByteArray("pw").toBase64()));
    }

    void rejectedAtRcptIsEvidence()
    {
        // Pipelined: the server still answers DATA (here 554) and the client reads it all.
        ScriptedSmtpServer server(fullEhlo() + dsnMailFrom() + DsnRcptTo + QStringLiteral(R"(
            C: DATA
            S: 250 2.1.0 Ok
            S: 550 5.1.1 <owner@primary.test>: Recipient address rejected: User unknown
            S: 554 5.5.1 Error: no valid recipients
            C: QUIT
            S: 221 2.0.0 Bye
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Rejected));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::RcptTo));
        QCOMPARE(run.result.reply.responseCode(), QByteArray("550 5.1.1"));
        QVERIFY(run.result.reply.text().contains(QStringLiteral("User unknown")));
        QCOMPARE(run.result.recipients.constFirst().reply, run.result.reply);
        QCOMPARE(run.result.replyAt(SubmissionStep::Data).code, 554);
        QVERIFY(run.result.queueId.isEmpty());
        QVERIFY(!run.result.error.isError());
    }

    void dataAcceptedAfterEveryRecipientFailedSendsAnEmptyMessage()
    {
        ScriptedSmtpServer server(fullEhlo() + dsnMailFrom() + DsnRcptTo + QStringLiteral(R"(
            C: DATA
            S: 250 2.1.0 Ok
            S: 450 4.2.0 <owner@primary.test>: try again later
            S: 354 go ahead
            C: [message]
            S: 554 5.5.1 no valid recipients
            C: QUIT
            S: 221 Bye
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
        QCOMPARE(server.messages(), QByteArrayList{QByteArray()});
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Rejected));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::RcptTo));
        QVERIFY(run.result.reply.isTransientNegative());
        QCOMPARE(run.result.reply.responseCode(), QByteArray("450 4.2.0"));
    }

    void rejectedAtMailFrom()
    {
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 fake.test
            C: EHLO [127.0.0.1]
            S: 250 fake.test
            C: MAIL FROM:<owner@backup.test>
            S: 553 5.7.1 <owner@backup.test>: Sender address rejected: not owned by user
            C: QUIT
            S: 221 Bye
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Rejected));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::MailFrom));
        QCOMPARE(run.result.reply.responseCode(), QByteArray("553 5.7.1"));
        QCOMPARE(run.result.recipients.constFirst().reply.code, 0); // never asked
    }

    void authenticationRefused()
    {
        ScriptedSmtpServer server(fullEhlo() + QStringLiteral(R"(
            C: AUTH PLAIN [redacted]
            S: 535 5.7.8 Error: authentication failed: authentication failure
            C: QUIT
            S: 221 Bye
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server, password());
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
        QVERIFY(server.isScriptDone());
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Failed));
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Authentication));
        QCOMPARE(run.result.error.responseCode, QByteArray("535 5.7.8"));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::Auth));
        QCOMPARE(run.result.reply.code, 535);
        QVERIFY(!run.result.error.isTransient());
    }

    void temporaryAuthenticationFailureIsNotTheUsersFault()
    {
        ScriptedSmtpServer server(fullEhlo() + QStringLiteral(R"(
            C: AUTH PLAIN [redacted]
            S: 454 4.7.0 Temporary authentication failure
            C: QUIT
            X:
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server, password());
        QCOMPARE(toString(run.result.error.kind), toString(Kind::ServerUnavailable));
        QCOMPARE(run.result.error.responseCode, QByteArray("454 4.7.0"));
    }

    void xoauth2WithAFreshToken()
    {
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 smtp.example.com ESMTP
            C: EHLO [127.0.0.1]
            S: 250-smtp.example.com
            S: 250 AUTH LOGIN PLAIN XOAUTH2
            C: AUTH XOAUTH2 [redacted]
            S: 334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIn0=
            C: [redacted]
            S: 535-5.7.8 Username and Password not accepted.
            S: 535 5.7.8 https://support.example.com/answer
            C: QUIT
            X:
        )"));
        QVERIFY(server.listen());
        FakeTokenProvider tokens;
        const Run run = submit(server, password(), shortTimeouts(), Config::TlsMode::None, &tokens);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
        QCOMPARE(tokens.requests, 1);
        QCOMPARE(run.result.authMechanism, QByteArray("XOAUTH2"));
        QVERIFY(server.received().contains(
            "AUTH XOAUTH2 " + QByteArray("user=owner@backup.test\x01" "auth=Bearer ya29.token\x01\x01").toBase64()));
        QVERIFY(server.received().contains(QByteArray())); // the empty answer to the error challenge
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Authentication));
        QVERIFY(run.result.error.detail.contains(QStringLiteral("\"status\":\"401\"")));
        QCOMPARE(run.result.reply.lines.size(), 2);
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
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
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
        QVERIFY(!server.received().contains("AUTH"));
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

    void messageLargerThanTheServerTakes()
    {
        ScriptedSmtpServer server(QStringLiteral("S: 220 x\nC: EHLO [127.0.0.1]\nS: 250-x\nS: 250 SIZE 10\nC: QUIT"));
        QVERIFY(server.listen());
        const Run run = submit(server);
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Protocol));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::MailFrom));
        QVERIFY(!server.received().contains("MAIL"));
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
        QVERIFY(client.submit(envelope(), Message));
        QVERIFY(!client.submit(envelope(), Message)); // busy
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
        QVERIFY(client.submit(envelope(), Message));
        QTRY_VERIFY_WITH_TIMEOUT(!server.received().isEmpty() || server.port() != 0, 1000);
        QTimer::singleShot(50, &client, &SubmissionClient::cancel);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(toString(spy.at(0).at(0).value<SubmissionResult>().error.kind), toString(Kind::Cancelled));
    }

    void wireLogIsRedactedAndReplaysAsAScript()
    {
        const QString script = fullEhlo() + QStringLiteral(R"(
            C: AUTH PLAIN [redacted]
            S: 235 2.7.0 Authentication successful
        )") + dsnMailFrom() + DsnRcptTo + QStringLiteral(R"(
            C: DATA
            S: 250 2.1.0 Ok
            S: 250 2.1.5 Ok
            S: 354 End data
            C: [message]
            S: 250 2.0.0 Ok: queued as 4XyZ12
            C: QUIT
            S: 221 2.0.0 Bye
        )");
        ScriptedSmtpServer first(script);
        QVERIFY(first.listen());
        g_wireLog.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("vigie.smtp.wire.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureWireLog);
        const Run original = submit(first, password());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QStringLiteral("vigie.smtp.wire.debug=false"));
        QCOMPARE(toString(original.result.outcome), toString(SubmissionResult::Outcome::Accepted));

        const QByteArray secret = QByteArray("\0owner@backup.test\0pw", 21).toBase64();
        QVERIFY(g_wireLog.contains(QStringLiteral("C: AUTH PLAIN [redacted]")));
        QVERIFY(g_wireLog.contains(QStringLiteral("S: 250-PIPELINING")));
        for (const QString &line : std::as_const(g_wireLog))
            QVERIFY2(!line.contains(QString::fromLatin1(secret)) && !line.contains(QStringLiteral("pw")), qPrintable(line));

        ScriptedSmtpServer replay(g_wireLog.join(u'\n'));
        QVERIFY(replay.listen());
        const Run again = submit(replay, password());
        QVERIFY2(replay.mismatches().isEmpty(), qPrintable(replay.mismatches().join(u'\n')));
        QCOMPARE(toString(again.result.outcome), toString(SubmissionResult::Outcome::Accepted));
        QCOMPARE(again.result.exchanges, original.result.exchanges);
    }
};

QTEST_GUILESS_MAIN(SmtpSubmissionScriptedTest)
#include "SmtpSubmissionScriptedTest.moc"
