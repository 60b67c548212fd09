#include "ScriptedSmtpServer.h"
#include "ScriptedSubmission.h"
#include "SmtpTestSupport.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Vigie;
using namespace Vigie::Smtp;
using namespace ScriptedSubmission;
using Kind = Net::ServiceError::Kind;

namespace {

QStringList g_wireLog;

void captureWireLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "vigie.smtp.wire") == 0)
        g_wireLog.append(message);
}

} // namespace

// Mail transactions against a scripted server: what the client sends, in which order and with
// which parameters, and how each reply lands in the result.
class SmtpSubmissionScriptedTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipelinedSubmissionWithAuthAndDsn()
    {
        ScriptedSmtpServer server(ScriptedSubmission::fullEhloScript() + QStringLiteral(R"(
            C: AUTH PLAIN [redacted]
            S: 235 2.7.0 Authentication successful
        )") + ScriptedSubmission::dsnEnvelopeScript()
                                  + QStringLiteral(R"(
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
        VERIFY_SCRIPT_FOLLOWED(server);
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
        VERIFY_SCRIPT_FOLLOWED(server);
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Accepted));
        QCOMPARE(run.result.queueId, QStringLiteral("1abc-02"));
        QCOMPARE(run.result.authMechanism, QByteArray("LOGIN"));
        QVERIFY(server.received().contains(QByteArray("owner@backup.test").toBase64()));
        QVERIFY(server.received().contains(QByteArray("pw").toBase64()));
    }

    void rejectedAtRcptIsEvidence()
    {
        // Pipelined: the server still answers DATA (here 554) and the client reads it all.
        ScriptedSmtpServer server(ScriptedSubmission::fullEhloScript() + ScriptedSubmission::dsnEnvelopeScript()
                                  + QStringLiteral(R"(
            C: DATA
            S: 250 2.1.0 Ok
            S: 550 5.1.1 <owner@primary.test>: Recipient address rejected: User unknown
            S: 554 5.5.1 Error: no valid recipients
            C: QUIT
            S: 221 2.0.0 Bye
        )"));
        QVERIFY(server.listen());
        const Run run = submit(server);
        VERIFY_SCRIPT_FOLLOWED(server);
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
        ScriptedSmtpServer server(ScriptedSubmission::fullEhloScript() + ScriptedSubmission::dsnEnvelopeScript()
                                  + QStringLiteral(R"(
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
        VERIFY_SCRIPT_FOLLOWED(server);
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
        VERIFY_SCRIPT_FOLLOWED(server);
        QCOMPARE(toString(run.result.outcome), toString(SubmissionResult::Outcome::Rejected));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::MailFrom));
        QCOMPARE(run.result.reply.responseCode(), QByteArray("553 5.7.1"));
        QCOMPARE(run.result.recipients.constFirst().reply.code, 0); // never asked
    }

    void someRecipientsRefused()
    {
        // Without PIPELINING: one RCPT at a time, DATA once one of them is accepted.
        ScriptedSmtpServer server(QStringLiteral(R"(
            S: 220 fake.test
            C: EHLO [127.0.0.1]
            S: 250-fake.test
            S: 250 ENHANCEDSTATUSCODES
            C: MAIL FROM:<owner@backup.test>
            S: 250 2.1.0 Ok
            C: RCPT TO:<gone@primary.test>
            S: 550 5.1.1 <gone@primary.test>: Recipient address rejected: User unknown
            C: RCPT TO:<owner@primary.test>
            S: 250 2.1.5 Ok
            C: DATA
            S: 354 go
            C: [message]
            S: 250 2.0.0 Ok: queued as 77AA
            C: QUIT
            S: 221 Bye
        )"));
        QVERIFY(server.listen());
        Envelope envelope = ScriptedSubmission::envelope();
        envelope.recipients.prepend(QStringLiteral("gone@primary.test"));
        const Run run =
            ScriptedSubmission::submit(server, {}, shortTimeouts(), Config::TlsMode::None, nullptr, {}, envelope);
        VERIFY_SCRIPT_FOLLOWED(server);
        QVERIFY(run.result.isAccepted());
        QCOMPARE(run.result.queueId, QStringLiteral("77AA"));
        QCOMPARE(run.result.recipients.size(), 2);
        QVERIFY(!run.result.recipients.at(0).accepted());
        QCOMPARE(run.result.recipients.at(0).reply.responseCode(), QByteArray("550 5.1.1"));
        QVERIFY(run.result.recipients.at(1).accepted());
    }

    void messageLargerThanTheServerTakes()
    {
        ScriptedSmtpServer server(QStringLiteral("S: 220 x\nC: EHLO [127.0.0.1]\nS: 250-x\nS: 250 SIZE 10\nC: QUIT"));
        QVERIFY(server.listen());
        const Run run = submit(server);
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Protocol));
        QCOMPARE(toString(run.result.step), toString(SubmissionStep::MailFrom));
        QCOMPARE(server.received(), QByteArrayList{"EHLO [127.0.0.1]"});
    }

    void addressesCannotSmuggleCommands()
    {
        ScriptedSmtpServer server(QStringLiteral("S: 220 x\nC: EHLO [127.0.0.1]\nS: 250 x\nC: QUIT\nX:"));
        QVERIFY(server.listen());
        Envelope envelope = ScriptedSubmission::envelope();
        envelope.recipients = {QStringLiteral("owner@primary.test>\r\nRCPT TO:<someone@else.test")};
        const Run run =
            ScriptedSubmission::submit(server, {}, shortTimeouts(), Config::TlsMode::None, nullptr, {}, envelope);
        QCOMPARE(toString(run.result.error.kind), toString(Kind::Protocol));
        QCOMPARE(server.received(), QByteArrayList{"EHLO [127.0.0.1]"});
    }

    void wireLogIsRedactedAndReplaysAsAScript()
    {
        const QString script = ScriptedSubmission::fullEhloScript() + QStringLiteral(R"(
            C: AUTH PLAIN [redacted]
            S: 235 2.7.0 Authentication successful
        )") + ScriptedSubmission::dsnEnvelopeScript()
            + QStringLiteral(R"(
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
            QVERIFY2(!line.contains(QString::fromLatin1(secret)) && !line.contains(QStringLiteral("pw")),
                     qPrintable(line));

        ScriptedSmtpServer replay(g_wireLog.join(u'\n'));
        QVERIFY(replay.listen());
        const Run again = submit(replay, password());
        VERIFY_SCRIPT_FOLLOWED(replay);
        QCOMPARE(toString(again.result.outcome), toString(SubmissionResult::Outcome::Accepted));
        QCOMPARE(again.result.exchanges, original.result.exchanges);
    }
};

QTEST_GUILESS_MAIN(SmtpSubmissionScriptedTest)
#include "SmtpSubmissionScriptedTest.moc"
