#include "../support/MailStack.h"
#include "../support/ProcessRunner.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

// vigie-cli watch and history against the real test stack.
class ImapCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void watchPrintsConnectedThenArrivalUntilTerminated();
    void watchReportsWrongPasswordAsAuthentication();
    void historyPrintsEpochSecondsAndBulkSendersButNoProbe();

private:
    QString writeConfig() const;
    QProcessEnvironment environment(const QString &password) const;
    // Starts vigie-cli watch; lines of stdout, parsed, go to events.
    QProcess *startWatch(const QString &password, QList<QJsonObject> *events, const QString &wireLog = {});

    MailStack m_stack;
    QTemporaryDir m_dir;
};

void ImapCliTest::initTestCase()
{
    QString why;
    if (!m_stack.load(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_dir.isValid());
}

QString ImapCliTest::writeConfig() const
{
    const QString path = m_dir.filePath(QStringLiteral("vigie.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const Vigie::Config::ImapSettings imap = m_stack.primaryImap(Vigie::Config::TlsMode::StartTls);
    file.write(QStringLiteral("[primary]\naddress=%1\n\n[primary.imap]\nhost=%2\nport=%3\ntls=starttls\n"
                              "caCertificatesFile=%4\n\n[secrets]\nbackend=environment\n")
                   .arg(m_stack.value("OWNER_ADDRESS"), imap.host, QString::number(imap.port), m_stack.caFile())
                   .toUtf8());
    return path;
}

QProcessEnvironment ImapCliTest::environment(const QString &password) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VIGIE_PRIMARY_PASSWORD"), password);
    return environment;
}

QProcess *ImapCliTest::startWatch(const QString &password, QList<QJsonObject> *events, const QString &wireLog)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment(password));
    connect(process, &QProcess::readyReadStandardOutput, this, [process, events] {
        while (process->canReadLine())
            events->append(QJsonDocument::fromJson(process->readLine()).object());
    });
    QStringList arguments{QStringLiteral("watch"), QStringLiteral("--config"), writeConfig()};
    if (!wireLog.isEmpty())
        arguments << QStringLiteral("--wire-log") << wireLog;
    process->start(QStringLiteral(VIGIE_CLI_PATH), arguments);
    return process;
}

void ImapCliTest::watchPrintsConnectedThenArrivalUntilTerminated()
{
    QList<QJsonObject> events;
    const QString wireLog = m_dir.filePath(QStringLiteral("wire.log"));
    QProcess *watch = startWatch(m_stack.password(), &events, wireLog);
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 10'000);
    QCOMPARE(events.constFirst().value(u"event").toString(), QStringLiteral("connected"));
    QCOMPARE(events.constFirst().value(u"mailbox").toString(), QStringLiteral("INBOX"));

    const QString subject = QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(" via cli");
    QString error;
    QVERIFY2(m_stack.sendToOwner(subject, &error), qPrintable(error));
    auto arrival = [&events, &subject]() -> QJsonObject {
        for (const QJsonObject &event : std::as_const(events)) {
            if (event.value(u"event").toString() == u"arrival" && event.value(u"subject").toString() == subject)
                return event;
        }
        return {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(!arrival().isEmpty(), 10'000);
    QCOMPARE(arrival().value(u"from").toString(), QStringLiteral("alice@clients.test"));
    QVERIFY(arrival().value(u"uid").toInteger() > 0);
    QVERIFY(QDateTime::fromString(arrival().value(u"internaldate").toString(), Qt::ISODate).isValid());

    QSignalSpy finished(watch, &QProcess::finished);
    watch->terminate(); // SIGTERM: log out and exit 0
    QVERIFY(finished.wait(10'000));
    QCOMPARE(watch->exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch->exitCode(), 0);

    QFile log(wireLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray transcript = log.readAll();
    QVERIFY(transcript.contains("C: A001 STARTTLS"));
    QVERIFY(transcript.contains("LOGOUT"));
    QVERIFY(!transcript.contains(m_stack.password().toUtf8()));
    for (const QByteArray &line : transcript.split('\n')) {
        if (!line.startsWith("C: "))
            continue;
        const QList<QByteArray> words = line.toUpper().split(' ');
        const QByteArray verb = words.value(2) == "UID" ? words.value(3) : words.value(2);
        for (const char *forbidden : {"STORE", "EXPUNGE", "COPY", "MOVE", "APPEND", "SELECT"})
            QVERIFY2(verb != forbidden, line.constData());
    }
}

void ImapCliTest::watchReportsWrongPasswordAsAuthentication()
{
    QList<QJsonObject> events;
    QProcess *watch = startWatch(QStringLiteral("not the password"), &events);
    QTRY_VERIFY_WITH_TIMEOUT(events.size() >= 2, 10'000);
    QCOMPARE(events.at(0).value(u"event").toString(), QStringLiteral("error"));
    QCOMPARE(events.at(0).value(u"kind").toString(), QStringLiteral("authentication"));
    QCOMPARE(events.at(0).value(u"transient").toBool(), false);
    QCOMPARE(events.at(1).value(u"event").toString(), QStringLiteral("reconnecting"));
    QCOMPARE(events.at(1).value(u"delayMs").toInt(), 300'000); // a wrong password is not retried fast
    QSignalSpy finished(watch, &QProcess::finished);
    watch->terminate();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(watch->exitCode(), 0);
}

void ImapCliTest::historyPrintsEpochSecondsAndBulkSendersButNoProbe()
{
    QString error;
    QVERIFY2(m_stack.sendToOwner(QStringLiteral("for history"), &error), qPrintable(error));
    QVERIFY2(m_stack.sendToOwner(QStringLiteral("weekly offers"), &error,
                                 "List-Id: Offers <offers.clients.test>\r\nPrecedence: bulk\r\n"),
             qPrintable(error));
    const QString domain = QStringLiteral("primary.test"), owner = QStringLiteral("owner");
    QTRY_VERIFY_WITH_TIMEOUT(!m_stack.mailContaining(domain, owner, "offers.clients.test").isEmpty(), 10'000);
    // A probe left behind, delivered last and in a later second: no line may be that recent.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > now, 2'000);
    const qint64 probeSent = QDateTime::currentSecsSinceEpoch();
    const QByteArray token = "history-probe-" + QByteArray::number(probeSent);
    QVERIFY2(m_stack.sendToOwner(QStringLiteral("probe"), &error, "X-Vigie-Probe: " + token + "\r\n"),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_stack.mailContaining(domain, owner, token).isEmpty(), 10'000);
    // Delivery takes a moment; both messages are in the INBOX soon after the send.
    QStringList lines;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 const ProcessResult result =
                                     runProcess(QStringLiteral(VIGIE_CLI_PATH),
                                                {QStringLiteral("history"), QStringLiteral("--config"), writeConfig(),
                                                 QStringLiteral("--days"), QStringLiteral("1")},
                                                environment(m_stack.password()));
                                 lines = result.out.split(u'\n', Qt::SkipEmptyParts);
                                 return result.exitCode == 0 && !lines.filter(u" bulk").isEmpty()
                                     && lines.filter(u" bulk").size() < lines.size();
                             }()),
                             10'000);
    for (const QString &line : std::as_const(lines)) {
        const QStringList fields = line.split(u' ');
        bool ok = false;
        const qint64 seconds = fields.constFirst().toLongLong(&ok);
        QVERIFY2(ok, qPrintable(line));
        QVERIFY2(fields.size() == 1 || (fields.size() == 2 && fields.at(1) == u"bulk"), qPrintable(line));
        QVERIFY2(seconds > now - 2 * 86400 && seconds < probeSent, qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(ImapCliTest)
#include "ImapCliTest.moc"
