// Real bounces from the test stack (tests/fixtures/mailstack): Postfix rejecting a recipient,
// Dovecot's quota refusing a message, and a domain that does not exist. Messages go in and out
// with curl, as a mail client would; the classifier must read the DSNs Postfix writes.
#include "bounce/BounceClassifier.h"
#include "bounce/ReasonClassifier.h"
#include "bounce/StatusCode.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>

using namespace Vigie::Bounce;

class MailStackBounceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rejectedRecipient();
    void fullMailbox();
    void unknownDomain();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray output;
        QByteArray errors;
    };
    Result run(const QString &program, const QStringList &arguments);
    bool fault(const QString &name);
    Result submit(const QString &to, const QString &token, qsizetype padding = 0);
    bool send(const QString &to, const QString &token, qsizetype padding = 0)
    {
        return submit(to, token, padding).exitCode == 0;
    }
    QByteArray bounceFor(const QString &token);
    BounceReport awaitBounce(const QString &token);
    QStringList curlBase() const;

    QHash<QString, QString> m_env;
    QString m_sender;
};

MailStackBounceTest::Result MailStackBounceTest::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Result result;
    if (!finished.wait(30000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    return result;
}

void MailStackBounceTest::initTestCase()
{
    const QString envFile = qEnvironmentVariable("VIGIE_MAILSTACK_ENV");
    QFile file(envFile);
    if (envFile.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("the mail test stack is not running (VIGIE_MAILSTACK_ENV names no readable env file)");
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    m_sender = m_env.value(QStringLiteral("CLIENT_ADDRESSES")).section(u',', 0, 0);
    QVERIFY(!m_sender.isEmpty());
    QVERIFY(fault(QStringLiteral("normal")));
}

void MailStackBounceTest::cleanupTestCase()
{
    if (!m_env.isEmpty())
        fault(QStringLiteral("normal"));
}

bool MailStackBounceTest::fault(const QString &name)
{
    return run(m_env.value(QStringLiteral("MAILSTACK_SCRIPT")),
               {QStringLiteral("fault"), m_env.value(QStringLiteral("MAILSTACK_DIR")), name})
               .exitCode
        == 0;
}

QStringList MailStackBounceTest::curlBase() const
{
    return {QStringLiteral("-sS"),
            QStringLiteral("--connect-timeout"),
            QStringLiteral("5"),
            QStringLiteral("--max-time"),
            QStringLiteral("20"),
            QStringLiteral("--cacert"),
            m_env.value(QStringLiteral("MAILSTACK_CA_FILE")),
            QStringLiteral("--user"),
            m_sender + u':' + m_env.value(QStringLiteral("MAILSTACK_PASSWORD"))};
}

MailStackBounceTest::Result MailStackBounceTest::submit(const QString &to, const QString &token, qsizetype padding)
{
    QTemporaryFile message;
    if (!message.open())
        return {};
    QByteArray text = "From: <" + m_sender.toUtf8() + ">\r\nTo: <" + to.toUtf8() + ">\r\nSubject: probe "
        + token.toUtf8() + "\r\nMessage-ID: <" + token.toUtf8() + "@clients.test>\r\nX-Vigie-Probe: " + token.toUtf8()
        + "\r\nDate: Thu, 26 Nov 2026 12:00:00 +0000\r\n\r\nProbe " + token.toUtf8() + ".\r\n";
    for (qsizetype i = 0; i < padding; i += 64)
        text += QByteArray(62, 'x') + "\r\n";
    message.write(text);
    message.flush();
    const QString url = QStringLiteral("smtp://%1:%2")
                            .arg(m_env.value(QStringLiteral("CLIENTS_SUBMISSION_HOST")),
                                 m_env.value(QStringLiteral("CLIENTS_SUBMISSION_PORT")));
    return run(QStringLiteral("curl"),
               curlBase()
                   + QStringList{QStringLiteral("-v"), QStringLiteral("--ssl-reqd"), QStringLiteral("--url"), url,
                                 QStringLiteral("--mail-from"), m_sender, QStringLiteral("--mail-rcpt"), to,
                                 QStringLiteral("--upload-file"), message.fileName()});
}

// The raw bounce about token in the sender's INBOX, or nothing yet.
QByteArray MailStackBounceTest::bounceFor(const QString &token)
{
    const QString mailbox =
        QStringLiteral("imaps://%1:%2/INBOX")
            .arg(m_env.value(QStringLiteral("CLIENTS_IMAPS_HOST")), m_env.value(QStringLiteral("CLIENTS_IMAPS_PORT")));
    const Result search = run(QStringLiteral("curl"),
                              curlBase()
                                  + QStringList{QStringLiteral("--url"), mailbox, QStringLiteral("-X"),
                                                QStringLiteral("UID SEARCH TEXT \"%1\"").arg(token)});
    static const QRegularExpression uids(QStringLiteral(R"(\* SEARCH ([0-9]+))"));
    const QRegularExpressionMatch m = uids.match(QString::fromLatin1(search.output));
    if (!m.hasMatch())
        return {};
    return run(QStringLiteral("curl"),
               curlBase() + QStringList{QStringLiteral("--url"), mailbox + u";UID=" + m.captured(1)})
        .output;
}

BounceReport MailStackBounceTest::awaitBounce(const QString &token)
{
    QByteArray raw;
    // Bounces arrive within a fraction of a second; poll IMAP without sleeping the test.
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!(raw = bounceFor(token)).isEmpty(), 20000);
    }();
    return BounceClassifier().classify(raw);
}

void MailStackBounceTest::rejectedRecipient()
{
    // The incident Vigie exists for: the provider says 550 5.1.1 for an address that exists.
    QVERIFY(fault(QStringLiteral("reject-owner")));
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString owner = m_env.value(QStringLiteral("OWNER_ADDRESS"));
    QVERIFY(send(owner, token));
    const BounceReport report = awaitBounce(token);
    QCOMPARE(report.kind, BounceReport::Kind::Failure);
    QCOMPARE(report.recipients.size(), 1);
    const FailedRecipient &got = report.recipients.constFirst();
    QCOMPARE(got.recipient, owner);
    QCOMPARE(got.action, QStringLiteral("failed"));
    QCOMPARE(got.status, QStringLiteral("5.1.1"));
    QCOMPARE(got.replyCode, QStringLiteral("550"));
    QCOMPARE(got.reason, Reason::UserUnknown);
    QVERIFY(got.hard);
    QCOMPARE(got.command, QStringLiteral("RCPT"));
    QCOMPARE(report.original.probeToken, token);
    QCOMPARE(report.original.messageId, token + QStringLiteral("@clients.test"));
    QVERIFY(fault(QStringLiteral("normal")));
}

void MailStackBounceTest::fullMailbox()
{
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString full = m_env.value(QStringLiteral("FULL_ADDRESS"));
    QVERIFY(send(full, token, 16 * 1024)); // well over the 1 KiB quota
    const BounceReport report = awaitBounce(token);
    QCOMPARE(report.kind, BounceReport::Kind::Failure);
    QCOMPARE(report.recipients.size(), 1);
    const FailedRecipient &got = report.recipients.constFirst();
    QCOMPARE(got.recipient, full);
    QCOMPARE(got.status, QStringLiteral("5.2.2"));
    QCOMPARE(got.reason, Reason::MailboxFull);
    QVERIFY(!got.hard);
    QCOMPARE(report.original.probeToken, token);
}

void MailStackBounceTest::unknownDomain()
{
    // The stack's submission service refuses a domain it has no route to at RCPT time, as real
    // providers do, so no DSN is ever written: what a client gets is Postfix's reply. Classify
    // that real reply the way a DSN's Diagnostic-Code would be.
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString nowhere = QStringLiteral("someone@no-such-domain.invalid");
    const Result refused = submit(nowhere, token);
    QVERIFY(refused.exitCode != 0);
    static const QRegularExpression reply(QStringLiteral(R"(^< (5\d\d[ -].*)$)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = reply.match(QString::fromUtf8(refused.errors).remove(u'\r'));
    QVERIFY2(m.hasMatch(), refused.errors.constData());
    FailedRecipient got;
    got.recipient = nowhere;
    got.action = QStringLiteral("failed");
    got.command = QStringLiteral("RCPT");
    got.diagnostic = m.captured(1);
    got.status = StatusCode::find(got.diagnostic);
    got.replyCode = StatusCode::findReplyCode(got.diagnostic);
    ReasonClassifier::classify(got, {});
    QCOMPARE(got.status, QStringLiteral("5.1.2"));
    QCOMPARE(got.replyCode, QStringLiteral("550"));
    QCOMPARE(got.reason, Reason::HostUnknown);
    QVERIFY(got.hard);
}

QTEST_GUILESS_MAIN(MailStackBounceTest)
#include "MailStackBounceTest.moc"
