#include "../support/ProcessRunner.h"

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
