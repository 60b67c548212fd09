#include "../support/ProcessRunner.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"

#include <QFile>
#include <QTemporaryDir>

class VigieCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeConfig(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(contents);
        return path;
    }

    QString validConfig()
    {
        return writeConfig(QStringLiteral("valid.ini"),
                           "[primary]\naddress=owner@primary.test\n[primary.imap]\nhost=imap.primary.test\n"
                           "[secrets]\nfile="
                               + m_dir.filePath(QStringLiteral("secrets")).toUtf8() + "\n");
    }

    static QProcessEnvironment environment(const QString &language = QStringLiteral("C"))
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LC_ALL"), language);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
        return environment;
    }

    static ProcessResult cli(const QStringList &arguments, const QProcessEnvironment &env = environment())
    {
        return runProcess(QStringLiteral(VIGIE_CLI_PATH), arguments, env);
    }

private Q_SLOTS:
    void version()
    {
        const ProcessResult result = cli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("vigie-cli ")));
    }

    void withoutCommandShowsUsage()
    {
        const ProcessResult result = cli({});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("config check")));
    }

    void unknownCommand()
    {
        const ProcessResult result = cli({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("frobnicate")));
    }

    void configCheckPassesAValidFile()
    {
        const ProcessResult result =
            cli({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--config"), validConfig()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("no problems found")), qPrintable(result.out));
    }

    void configCheckReportsEveryProblem()
    {
        const QString path = writeConfig(QStringLiteral("broken.ini"),
                                         "[primary]\naddress=owner\npassword=hunter2\n"
                                         "[primary.imap]\nport=abc\nhots=x\n");
        const ProcessResult result =
            cli({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--config"), path});
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 5, qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("primary.imap/port")));
        QVERIFY(result.out.contains(QStringLiteral("primary.imap/hots")));
        QVERIFY(result.out.contains(QStringLiteral("primary/password")));
        QVERIFY(result.out.contains(QStringLiteral("“owner” is not an e-mail address")));
        QVERIFY(result.out.contains(QStringLiteral("no IMAP server")));
        QVERIFY(!result.out.contains(QStringLiteral("hunter2")));
    }

    void configCheckFindsMissingPasswords()
    {
        const QStringList arguments{QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--secrets"),
                                    QStringLiteral("--config"), validConfig()};
        ProcessResult result = cli(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("No password is stored for the primary account")),
                 qPrintable(result.out));

        QProcessEnvironment withPassword = environment();
        withPassword.insert(QStringLiteral("VIGIE_PRIMARY_PASSWORD"), QStringLiteral("x"));
        result = cli(arguments, withPassword);
        QCOMPARE(result.exitCode, 0);
    }

    // The incident log with its evidence, from the database, whether Vigie runs or not.
    void incidentsPrintsTheLogAndATimeline()
    {
        const QString data = m_dir.filePath(QStringLiteral("incidents-data"));
        const QString config =
            writeConfig(QStringLiteral("incidents.ini"), "[vigie]\ndataDirectory=" + data.toUtf8() + "\n");
        const ProcessResult none = cli({QStringLiteral("incidents"), QStringLiteral("--config"), config});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no incident log")), qPrintable(none.err));

        const QDateTime opened = QDateTime::currentDateTimeUtc().addDays(-2);
        {
            Vigie::Store::Database database;
            QVERIFY(database.open(data + QStringLiteral("/vigie.sqlite")));
            Vigie::Store::IncidentRepository incidents(database);
            const qint64 id = incidents.openIncident(QStringLiteral("mail-flow"), opened, QStringLiteral("outage"));
            QCOMPARE(id, 1);
            QVERIFY(incidents.appendEvent({id,
                                           opened,
                                           QStringLiteral("signal"),
                                           QStringLiteral("probe-bounced"),
                                           {},
                                           {},
                                           QStringLiteral("{\"status\":\"5.1.1\"}"),
                                           QStringLiteral("Action: failed\r\nStatus: 5.1.1\r\n")}));
            QVERIFY(incidents.appendEvent({id,
                                           opened,
                                           QStringLiteral("transition"),
                                           QStringLiteral("probe-bounced"),
                                           QStringLiteral("healthy"),
                                           QStringLiteral("outage"),
                                           {},
                                           {}}));
            QVERIFY(incidents.closeIncident(id, opened.addSecs(3600), QStringLiteral("resolved")));
        }
        const QString openedText = opened.toString(Qt::ISODateWithMs);
        const ProcessResult list = cli({QStringLiteral("incidents"), QStringLiteral("--config"), config});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out,
                 QStringLiteral("Incident 1: mail-flow, opened %1, resolved %2; worst state outage\n")
                     .arg(openedText, opened.addSecs(3600).toString(Qt::ISODateWithMs)));

        const ProcessResult timeline = cli({QStringLiteral("incidents"), QStringLiteral("--config"), config,
                                            QStringLiteral("--timeline"), QStringLiteral("1")});
        QCOMPARE(timeline.exitCode, 0);
        QVERIFY2(
            timeline.out.contains(QStringLiteral("  %1 probe-bounced {\"status\":\"5.1.1\"}\n    | Action: failed\n"
                                                 "    | Status: 5.1.1\n")
                                      .arg(openedText)),
            qPrintable(timeline.out));
        QVERIFY2(timeline.out.contains(QStringLiteral("  %1 probe-bounced (healthy -> outage)\n").arg(openedText)),
                 qPrintable(timeline.out));

        const QList<QJsonObject> json =
            jsonLines(cli({QStringLiteral("incidents"), QStringLiteral("--config"), config,
                           QStringLiteral("--timeline"), QStringLiteral("1"), QStringLiteral("--json")})
                          .out);
        QCOMPARE(json.size(), 3);
        QCOMPARE(json[0].value(QStringLiteral("outcome")).toString(), QStringLiteral("resolved"));
        QCOMPARE(json[1].value(QStringLiteral("detail")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("5.1.1"));
        QCOMPARE(json[1].value(QStringLiteral("evidence")).toString(),
                 QStringLiteral("Action: failed\r\nStatus: 5.1.1\r\n"));
        QCOMPARE(json[2].value(QStringLiteral("to")).toString(), QStringLiteral("outage"));

        QCOMPARE(cli({QStringLiteral("incidents"), QStringLiteral("--config"), config, QStringLiteral("--timeline"),
                      QStringLiteral("9")})
                     .exitCode,
                 1);

        // Still open, it is listed however long ago it began.
        {
            Vigie::Store::Database database;
            QVERIFY(database.open(data + QStringLiteral("/vigie.sqlite")));
            QCOMPARE(Vigie::Store::IncidentRepository(database).openIncident(
                         QStringLiteral("access-failure"), opened.addDays(-200), QStringLiteral("outage")),
                     2);
        }
        const ProcessResult withOld = cli({QStringLiteral("incidents"), QStringLiteral("--config"), config});
        QVERIFY2(withOld.out.startsWith(QStringLiteral("Incident 2: access-failure, opened %1, still open;")
                                            .arg(opened.addDays(-200).toString(Qt::ISODateWithMs))),
                 qPrintable(withOld.out));
        QCOMPARE(withOld.out.count(u'\n'), 2);
    }

    void speaksFrench()
    {
        const ProcessResult result = cli({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--config"),
                                          m_dir.filePath(QStringLiteral("absent.ini"))},
                                         environment(QStringLiteral("fr_FR.UTF-8")));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("n’existe pas")), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(VigieCliTest)
#include "VigieCliTest.moc"
