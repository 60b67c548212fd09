// Runs the built vigie-cli: `classify` over a few files, one JSON line per failed recipient.
#include "../../support/ProcessRunner.h"
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class ClassifyCommandTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesOneLinePerRecipient();
    void unreadableFileFails();
    void manyFilesInOneCall();

private:
    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> lines;
    };
    Run run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

void ClassifyCommandTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString ClassifyCommandTest::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

ClassifyCommandTest::Run ClassifyCommandTest::run(const QStringList &arguments)
{
    const ProcessResult process = runProcess(
        QStringLiteral(VIGIE_CLI_PATH), QStringList{QStringLiteral("classify"), QStringLiteral("--json")} + arguments,
        QProcessEnvironment::systemEnvironment(), 60000);
    return {process.exitCode, jsonLines(process.out)};
}

void ClassifyCommandTest::writesOneLinePerRecipient()
{
    const QString bounce = write(
        QStringLiteral("bounce.eml"),
        "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\n"
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        "Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.net\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\nFinal-Recipient: rfc822; b@example.net\nAction: failed\n"
        "Status: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n--B\nContent-Type: text/rfc822-headers\n\n"
        "Message-ID: <m1@example.com>\nX-Vigie-Probe: tok-1\n--B--\n");
    const QString plain = write(QStringLiteral("plain.eml"), "From: a@example.net\nSubject: hello\n\nhi\n");
    const QString vacation = write(QStringLiteral("vacation.eml"),
                                   "From: b@example.net\nAuto-Submitted: auto-replied\nSubject: Absent\n\nAway.\n");
    const Run result = run({bounce, plain, vacation});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.lines.size(), 4);
    const QJsonObject first = result.lines.at(0);
    QCOMPARE(first.value(QStringLiteral("file")).toString(), bounce);
    QCOMPARE(first.value(QStringLiteral("bounce")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("recipient")).toString(), QStringLiteral("a@example.net"));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("5.1.1"));
    QCOMPARE(first.value(QStringLiteral("reply_code")).toString(), QStringLiteral("550"));
    QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("userunknown"));
    QCOMPARE(first.value(QStringLiteral("hard")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("failed"));
    QCOMPARE(first.value(QStringLiteral("remote_mta")).toString(), QStringLiteral("mx.example.net"));
    QCOMPARE(first.value(QStringLiteral("original_message_id")).toString(), QStringLiteral("m1@example.com"));
    QCOMPARE(first.value(QStringLiteral("probe_token")).toString(), QStringLiteral("tok-1"));
    QVERIFY(first.contains(QStringLiteral("diagnostic")));
    QCOMPARE(result.lines.at(1).value(QStringLiteral("reason")).toString(), QStringLiteral("mailboxfull"));
    QCOMPARE(result.lines.at(1).value(QStringLiteral("hard")).toBool(), false);
    QCOMPARE(result.lines.at(2).value(QStringLiteral("file")).toString(), plain);
    QCOMPARE(result.lines.at(2).value(QStringLiteral("bounce")).toBool(), false);
    QVERIFY(!result.lines.at(2).contains(QStringLiteral("reason")));
    QCOMPARE(result.lines.at(3).value(QStringLiteral("bounce")).toBool(), false);
    QCOMPARE(result.lines.at(3).value(QStringLiteral("reason")).toString(), QStringLiteral("vacation"));
}

void ClassifyCommandTest::unreadableFileFails()
{
    const QString plain = write(QStringLiteral("ok.eml"), "Subject: hi\n\nhi\n");
    const Run result = run({m_dir.filePath(QStringLiteral("missing.eml")), plain});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.lines.size(), 1); // the readable file is still classified
}

void ClassifyCommandTest::manyFilesInOneCall()
{
    QStringList files;
    for (int i = 0; i < 300; ++i)
        files.append(write(QStringLiteral("m%1.eml").arg(i), "From: a@example.net\nSubject: hello\n\nhi\n"));
    const Run result = run(files);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.lines.size(), 300);
}

QTEST_GUILESS_MAIN(ClassifyCommandTest)
#include "ClassifyCommandTest.moc"
