#include "SmtpTestSupport.h"
#include "smtp/ProbeMessage.h"
#include "smtp/SubmissionClient.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace Vigie;
using namespace Vigie::Smtp;
using Kind = Net::ServiceError::Kind;

// Against the real Postfix of tests/fixtures/mailstack: the backup provider's submission
// service (STARTTLS + AUTH), and the primary provider's MX for what its relay would see.
class SmtpSubmissionMailStackTest : public QObject
{
    Q_OBJECT

private:
    QMap<QString, QString> m_env;
    bool m_faultSet = false;

    QString env(const char *key) const { return m_env.value(QString::fromLatin1(key)); }

    Config::ServerSettings backupSubmission() const
    {
        Config::ServerSettings settings;
        settings.host = env("BACKUP_SUBMISSION_HOST");
        settings.port = env("BACKUP_SUBMISSION_PORT").toInt();
        settings.tls = Config::TlsMode::StartTls;
        settings.caCertificatesFile = env("MAILSTACK_CA_FILE");
        return settings;
    }

    Credentials backupCredentials() const { return {env("BACKUP_ADDRESS"), env("MAILSTACK_PASSWORD")}; }

    ProbeMessage probe() const
    {
        return ProbeMessage::build(env("BACKUP_ADDRESS"), env("OWNER_ADDRESS"), QDateTime::currentDateTimeUtc());
    }

    static SubmissionResult submit(const Config::ServerSettings &settings, const Credentials &credentials,
                                   const ProbeMessage &message)
    {
        SubmissionClient client;
        client.setServer(settings);
        client.setCredentials(credentials);
        Timeouts timeouts;
        timeouts.connectMs = timeouts.greetingMs = timeouts.commandMs = timeouts.dataEndMs = 20'000;
        client.setTimeouts(timeouts);
        QSignalSpy spy(&client, &SubmissionClient::finished);
        if (!client.submit(message.envelope(), message.bytes()) || !spy.wait(60'000))
            return {};
        return spy.at(0).at(0).value<SubmissionResult>();
    }

    // The first message under DOMAIN/USER's Maildir that contains needle.
    QByteArray findMail(const QString &domain, const QString &user, const QByteArray &needle) const
    {
        const QString root = env("MAILSTACK_MAIL_ROOT") + u'/' + domain + u'/' + user + QStringLiteral("/Maildir");
        for (const char *folder : {"new", "cur"}) {
            QDirIterator it(root + u'/' + QString::fromLatin1(folder), QDir::Files);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly)) {
                    const QByteArray content = file.readAll();
                    if (content.contains(needle))
                        return content;
                }
            }
        }
        return {};
    }

    bool setFault(const QString &name)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(env("MAILSTACK_SCRIPT"), {QStringLiteral("fault"), env("MAILSTACK_DIR"), name});
        if (!finished.wait(120'000))
            return false;
        m_faultSet = name != u"normal";
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    static QString describe(const SubmissionResult &result)
    {
        QStringList lines{toString(result.outcome) + u' ' + toString(result.step) + u' '
                          + QString::fromLatin1(result.reply.responseCode()) + u' ' + toString(result.error.kind) + u' '
                          + result.error.detail};
        for (const Exchange &exchange : result.exchanges)
            lines.append(QString::fromUtf8(exchange.command) + QStringLiteral(" -> ")
                         + exchange.reply.wireLines().join(QStringLiteral(" | ")));
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("VIGIE_MAILSTACK_ENV");
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(QStringLiteral("no mail stack: VIGIE_MAILSTACK_ENV (%1) names no readable env file; "
                                            "run through ctest (fixture MailStack)")
                                 .arg(path)));
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype equals = line.indexOf('=');
            if (equals > 0)
                m_env.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)).trimmed());
        }
        QVERIFY(!env("BACKUP_SUBMISSION_PORT").isEmpty());
    }

    void cleanup()
    {
        if (m_faultSet)
            QVERIFY(setFault(QStringLiteral("normal")));
    }

    void probeIsAcceptedAndArrives()
    {
        const ProbeMessage message = probe();
        const SubmissionResult result = submit(backupSubmission(), backupCredentials(), message);
        QVERIFY2(result.isAccepted(), qPrintable(describe(result)));
        QVERIFY(result.encrypted);
        QCOMPARE(result.authMechanism, QByteArray("PLAIN"));
        QVERIFY(result.capabilities.dsn());
        QVERIFY(result.capabilities.pipelining());
        QVERIFY(!result.queueId.isEmpty());
        QCOMPARE(result.reply.enhancedStatus, QByteArray("2.0.0"));
        QVERIFY(result.recipients.constFirst().accepted());
        // Two EHLOs, the second after STARTTLS; AUTH after TLS.
        QCOMPARE(std::count_if(result.exchanges.cbegin(), result.exchanges.cend(),
                               [](const Exchange &e) { return e.step == SubmissionStep::Ehlo; }),
                 2);
        QVERIFY(!result.exchanges.at(1).reply.lines.join(u' ').contains(QStringLiteral("AUTH")));

        const QByteArray header = ProbeMessage::headerName() + ": " + message.token().toLatin1();
        QTRY_VERIFY_WITH_TIMEOUT(!findMail(QStringLiteral("primary.test"), QStringLiteral("owner"), header).isEmpty(),
                                 15'000);
        const QByteArray arrived = findMail(QStringLiteral("primary.test"), QStringLiteral("owner"), header);
        QVERIFY(arrived.contains("Auto-Submitted: auto-generated"));
        QVERIFY(arrived.contains(QByteArray("Message-ID: <" + message.messageId() + '>')));
    }

    void wrongPasswordIsAnAuthenticationError()
    {
        Credentials credentials = backupCredentials();
        credentials.password += QStringLiteral("-wrong");
        const SubmissionResult result = submit(backupSubmission(), credentials, probe());
        QVERIFY2(result.isFailed(), qPrintable(describe(result)));
        QCOMPARE(toString(result.error.kind), toString(Kind::Authentication));
        QCOMPARE(toString(result.step), toString(SubmissionStep::Auth));
        QVERIFY2(result.error.responseCode.startsWith("535"), result.error.responseCode.constData());
        QVERIFY(result.encrypted);
    }

    void untrustedCertificateIsATlsError()
    {
        Config::ServerSettings settings = backupSubmission();
        settings.caCertificatesFile.clear();
        const SubmissionResult result = submit(settings, backupCredentials(), probe());
        QVERIFY2(result.isFailed(), qPrintable(describe(result)));
        QCOMPARE(toString(result.error.kind), toString(Kind::Tls));
        QCOMPARE(toString(result.step), toString(SubmissionStep::StartTls));
        QVERIFY(!result.error.sslErrors.isEmpty());
        // Nothing secret left before TLS: the last command sent was STARTTLS.
        QCOMPARE(result.exchanges.constLast().command, QByteArray("STARTTLS"));
    }

    void pinnedCertificateIsTrustedWithoutTheCa()
    {
        const QString serverPem = env("MAILSTACK_DIR") + QStringLiteral("/tls/server.pem");
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(serverPem);
        if (certificates.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no server certificate at %1").arg(serverPem)));
        Config::ServerSettings settings = backupSubmission();
        settings.caCertificatesFile.clear();
        settings.pinnedCertificateSha256 =
            QString::fromLatin1(certificates.constFirst().digest(QCryptographicHash::Sha256).toHex(':'));
        const SubmissionResult pinned = submit(settings, backupCredentials(), probe());
        QVERIFY2(pinned.isAccepted(), qPrintable(describe(pinned)));

        settings.pinnedCertificateSha256 = QString(64, u'a');
        const SubmissionResult wrongPin = submit(settings, backupCredentials(), probe());
        QCOMPARE(toString(wrongPin.error.kind), toString(Kind::Tls));
    }

    void rejectedOwnerBouncesBackAsADsn()
    {
        QVERIFY(setFault(QStringLiteral("reject-owner")));
        const ProbeMessage message = probe();
        const SubmissionResult result = submit(backupSubmission(), backupCredentials(), message);
        // The backup's submission service relays anything from its user: the refusal happens at
        // the primary's MX, after the backup's Postfix has taken the message. So the submission
        // itself is accepted and the evidence is the DSN that follows.
        QVERIFY2(result.isAccepted(), qPrintable(describe(result)));

        const QByteArray envelopeId = "Original-Envelope-Id: " + message.token().toLatin1();
        QTRY_VERIFY_WITH_TIMEOUT(
            !findMail(QStringLiteral("backup.test"), QStringLiteral("owner"), envelopeId).isEmpty(), 15'000);
        const QByteArray dsn = findMail(QStringLiteral("backup.test"), QStringLiteral("owner"), envelopeId);
        QVERIFY(dsn.contains("multipart/report"));
        QVERIFY(dsn.contains("report-type=delivery-status"));
        QVERIFY(dsn.contains("Status: 5.1.1"));
        QVERIFY(dsn.contains("550 5.1.1"));
        QVERIFY(dsn.contains(QByteArray("Original-Recipient: rfc822;" + env("OWNER_ADDRESS").toLatin1())));
        // RET=HDRS: the probe's headers come back, its body does not.
        QVERIFY(dsn.contains(QByteArray(ProbeMessage::headerName() + ": " + message.token().toLatin1())));
        QVERIFY(!dsn.contains("automated deliverability check"));
    }

    void relayFaultsAreInvisibleAtSubmission_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("blackhole") << QStringLiteral("blackhole");
        QTest::newRow("defer") << QStringLiteral("defer");
    }

    // A black hole or a deferral at the primary looks like success to the submitter: only the
    // probe's arrival (or its absence) can tell. A deferred probe arrives once the fault clears.
    void relayFaultsAreInvisibleAtSubmission()
    {
        QFETCH(QString, fault);
        QVERIFY(setFault(fault));
        const ProbeMessage message = probe();
        const SubmissionResult result = submit(backupSubmission(), backupCredentials(), message);
        QVERIFY2(result.isAccepted(), qPrintable(describe(result)));
        QCOMPARE(result.reply.responseCode(), QByteArray("250 2.0.0"));
        if (fault == u"defer") {
            QVERIFY(setFault(QStringLiteral("normal")));
            const QByteArray header = ProbeMessage::headerName() + ": " + message.token().toLatin1();
            QTRY_VERIFY_WITH_TIMEOUT(
                !findMail(QStringLiteral("primary.test"), QStringLiteral("owner"), header).isEmpty(), 15'000);
        }
    }

    void primaryMxRefusesTheOwnerAtRcpt()
    {
        // What the backup's relay hears from the primary: the 550 at RCPT that becomes the DSN.
        QVERIFY(setFault(QStringLiteral("reject-owner")));
        Config::ServerSettings mx;
        mx.host = env("PRIMARY_SMTP_HOST");
        mx.port = env("PRIMARY_SMTP_PORT").toInt();
        mx.tls = Config::TlsMode::StartTls;
        mx.caCertificatesFile = env("MAILSTACK_CA_FILE");
        const SubmissionResult result = submit(mx, {}, probe());
        QVERIFY2(result.isRejected(), qPrintable(describe(result)));
        QCOMPARE(toString(result.step), toString(SubmissionStep::RcptTo));
        QCOMPARE(result.reply.responseCode(), QByteArray("550 5.1.1"));
        QVERIFY(result.reply.text().contains(QStringLiteral("User unknown")));
        QCOMPARE(result.recipients.constFirst().reply, result.reply);
    }
};

QTEST_GUILESS_MAIN(SmtpSubmissionMailStackTest)
#include "SmtpSubmissionMailStackTest.moc"
