#include "ScriptedSmtpServer.h"
#include "ScriptedSubmission.h"
#include "SmtpTestSupport.h"
#include "smtp/AccessTokenProvider.h"

#include <QTest>
#include <QTimer>

using namespace Vigie;
using namespace Vigie::Smtp;
using namespace ScriptedSubmission;
using Kind = Net::ServiceError::Kind;

namespace {

class FakeTokenProvider : public AccessTokenProvider
{
public:
    using AccessTokenProvider::AccessTokenProvider;
    void requestToken() override
    {
        ++requests;
        if (behaviour == Behaviour::Silent)
            return;
        QTimer::singleShot(0, this, [this] {
            if (behaviour == Behaviour::Provide)
                Q_EMIT tokenProvided(QStringLiteral("ya29.token"));
            else
                Q_EMIT tokenFailed(Net::ServiceError::make(Kind::Authentication, QStringLiteral("consent revoked")));
        });
    }
    enum class Behaviour { Provide, Fail, Silent } behaviour = Behaviour::Provide;
    int requests = 0;
};

} // namespace

// AUTH against a scripted server: refusals typed by their code, and XOAUTH2 with a token
// provider that answers, refuses or stays silent. PLAIN and LOGIN on the wire are in
// SmtpSubmissionScriptedTest.
class SmtpAuthenticationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authenticationRefused()
    {
        ScriptedSmtpServer server(ScriptedSubmission::fullEhloScript() + QStringLiteral(R"(
            C: AUTH PLAIN [redacted]
            S: 535 5.7.8 Error: authentication failed: authentication failure
            C: QUIT
            S: 221 Bye
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server, password());
        VERIFY_SCRIPT_FOLLOWED(server);
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
        ScriptedSmtpServer server(ScriptedSubmission::fullEhloScript() + QStringLiteral(R"(
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

    void tokenProviderFailures_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<QString>("kind");
        QTest::newRow("refused") << int(FakeTokenProvider::Behaviour::Fail) << toString(Kind::Authentication);
        QTest::newRow("never answers") << int(FakeTokenProvider::Behaviour::Silent) << toString(Kind::Timeout);
    }

    void tokenProviderFailures()
    {
        QFETCH(int, behaviour);
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 smtp.example.com ESMTP
            C: EHLO [127.0.0.1]
            S: 250-smtp.example.com
            S: 250 AUTH XOAUTH2
            C: QUIT
            X:
        )"));
        QVERIFY(server.listen());
        FakeTokenProvider tokens;
        tokens.behaviour = FakeTokenProvider::Behaviour(behaviour);
        Timeouts timeouts = shortTimeouts();
        timeouts.commandMs = 300;
        const Run run = submit(server, password(), timeouts, Config::TlsMode::None, &tokens);
        QCOMPARE(run.emissions, 1);
        QTEST(toString(run.result.error.kind), "kind");
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::Auth));
        QVERIFY(std::none_of(server.received().cbegin(), server.received().cend(),
                             [](const QByteArray &line) { return line.startsWith("AUTH"); }));
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
        VERIFY_SCRIPT_FOLLOWED(server);
        QCOMPARE(tokens.requests, 1);
        QCOMPARE(run.result.authMechanism, QByteArray("XOAUTH2"));
        QVERIFY(server.received().contains("AUTH XOAUTH2 "
                                           + QByteArray("user=owner@backup.test\x01"
                                                        "auth=Bearer ya29.token\x01\x01")
                                                 .toBase64()));
        QVERIFY(server.received().contains(QByteArray())); // the empty answer to the error challenge
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Authentication));
        QVERIFY(run.result.error.detail.contains(QStringLiteral("\"status\":\"401\"")));
        QCOMPARE(run.result.reply.lines.size(), 2);
    }
};

QTEST_GUILESS_MAIN(SmtpAuthenticationTest)
#include "SmtpAuthenticationTest.moc"
