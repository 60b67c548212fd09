#include "config/SettingsFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie::Config;

class SettingsFileTest : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QByteArray &contents)
    {
        const QString path = m_dir.filePath(QStringLiteral("vigie-%1.ini").arg(++m_counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(contents);
        return path;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void defaultsWhenKeysAreAbsent()
    {
        const auto loaded = SettingsFile::load(writeFile("[primary]\naddress=owner@example.com\n"));
        QVERIFY(loaded.problems.isEmpty());
        QVERIFY(loaded.understood);
        QCOMPARE(loaded.settings.primary.address, QStringLiteral("owner@example.com"));
        QCOMPARE(loaded.settings.primary.imap.tls, TlsMode::Implicit);
        QCOMPARE(loaded.settings.primary.imap.mailbox, QStringLiteral("INBOX"));
        QCOMPARE(loaded.settings.primary.imap.useIdle, true);
        QCOMPARE(loaded.settings.secrets.backend, SecretBackend::Automatic);
    }

    void nestedGroupsAreDottedSections()
    {
        const auto loaded = SettingsFile::load(writeFile("[primary.imap]\nhost=imap.example.com\nport=143\n"
                                                         "tls=STARTTLS\nuseIdle=no\n"
                                                         "[backup.smtp]\nhost=smtp.backup.example\n"));
        QVERIFY(loaded.problems.isEmpty());
        QCOMPARE(loaded.settings.primary.imap.host, QStringLiteral("imap.example.com"));
        QCOMPARE(loaded.settings.primary.imap.port, 143);
        QCOMPARE(loaded.settings.primary.imap.tls, TlsMode::StartTls);
        QCOMPARE(loaded.settings.primary.imap.useIdle, false);
        QCOMPARE(loaded.settings.backup.smtp.host, QStringLiteral("smtp.backup.example"));
    }

    void roundTripKeepsEveryValue()
    {
        Settings settings;
        settings.general.language = QStringLiteral("fr");
        settings.general.verboseLog = true;
        settings.primary.address = QStringLiteral("owner@primary.test");
        settings.primary.imap.host = QStringLiteral("127.0.0.2");
        settings.primary.imap.port = 10143;
        settings.primary.imap.tls = TlsMode::StartTls;
        settings.primary.imap.pinnedCertificateSha256 = QString(64, u'a');
        settings.primary.imap.pollIntervalSeconds = 45;
        settings.primary.sieve.host = QStringLiteral("sieve.primary.test");
        settings.backup.address = QStringLiteral("owner@backup.test");
        settings.backup.smtp.tls = TlsMode::None;
        settings.secrets.backend = SecretBackend::File;
        settings.secrets.file = QStringLiteral("/etc/vigie/secrets");
        settings.detection.falseAlarmsPer90Days = 0.5;
        settings.detection.timeZone = QStringLiteral("Europe/Paris");
        settings.detection.businessHours = QStringLiteral("mon-fri 08-18, sat 09-12");
        settings.detection.closures = QStringLiteral("2026-08-01..2026-08-21, 2026-12-25");
        settings.detection.fixedSilenceHours = 36;
        settings.detection.accessGraceMinutes = 20;
        settings.detection.deferralGraceMinutes = 90;

        const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
        QCOMPARE(SettingsFile::save(settings, path), QString());
        const auto loaded = SettingsFile::load(path);
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.value(0).message));
        QCOMPARE(loaded.settings, settings);
    }

    void saveKeepsKeysItDoesNotKnow()
    {
        const QString path = writeFile("[future]\nfeature=on\n");
        Settings settings;
        settings.primary.address = QStringLiteral("owner@example.com");
        QCOMPARE(SettingsFile::save(settings, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("feature=on"));
    }

    void badValuesAreReportedWithTheirKey_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expectedWords");

        QTest::newRow("port not a number") << QByteArray("[primary.imap]\nport=abc\n")
                                           << QStringLiteral("primary.imap/port") << QStringLiteral("whole number");
        QTest::newRow("unknown tls mode") << QByteArray("[primary.imap]\ntls=startls\n")
                                          << QStringLiteral("primary.imap/tls") << QStringLiteral("starttls");
        QTest::newRow("bool") << QByteArray("[primary.imap]\nuseIdle=maybe\n") << QStringLiteral("primary.imap/useIdle")
                              << QStringLiteral("true or false");
        QTest::newRow("secret backend") << QByteArray("[secrets]\nbackend=vault\n") << QStringLiteral("secrets/backend")
                                        << QStringLiteral("keychain");
    }

    void badValuesAreReportedWithTheirKey()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, key);
        QFETCH(QString, expectedWords);
        const auto loaded = SettingsFile::load(writeFile(contents));
        QCOMPARE(loaded.problems.size(), 1);
        QCOMPARE(loaded.problems.first().severity, ConfigProblem::Severity::Error);
        QCOMPARE(loaded.problems.first().key, key);
        QVERIFY2(loaded.problems.first().message.contains(expectedWords), qPrintable(loaded.problems.first().message));
        QVERIFY(loaded.understood);
    }

    void misspeltKeyIsAWarning()
    {
        const auto loaded = SettingsFile::load(writeFile("[primary.imap]\nhots=imap.example.com\n"));
        QCOMPARE(loaded.problems.size(), 1);
        QCOMPARE(loaded.problems.first().severity, ConfigProblem::Severity::Warning);
        QCOMPARE(loaded.problems.first().key, QStringLiteral("primary.imap/hots"));
    }

    void passwordInTheFileIsAnError_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("password") << QByteArray("[primary]\npassword=hunter2\n");
        QTest::newRow("imap pass") << QByteArray("[primary.imap]\npass=hunter2\n");
        QTest::newRow("token") << QByteArray("[backup.smtp]\noauthToken=abc\n");
        QTest::newRow("api key") << QByteArray("[notify]\napiKey=abc\n");
    }

    void passwordInTheFileIsAnError()
    {
        QFETCH(QByteArray, contents);
        const auto loaded = SettingsFile::load(writeFile(contents));
        QCOMPARE(loaded.problems.size(), 1);
        QCOMPARE(loaded.problems.first().severity, ConfigProblem::Severity::Error);
        QVERIFY(loaded.problems.first().message.contains(QStringLiteral("password")));
    }

    void missingFileIsOneClearProblem()
    {
        const auto loaded = SettingsFile::load(m_dir.filePath(QStringLiteral("absent.ini")));
        QCOMPARE(loaded.problems.size(), 1);
        QVERIFY(!loaded.understood);
        QVERIFY(loaded.problems.first().message.contains(QStringLiteral("absent.ini")));
    }

    void newerSchemaIsRefused()
    {
        const auto loaded = SettingsFile::load(writeFile("[vigie]\nschemaVersion=99\n"));
        QVERIFY(!loaded.understood);
        QCOMPARE(loaded.problems.size(), 1);
        QVERIFY(loaded.problems.first().message.contains(QStringLiteral("newer")));
    }
};

QTEST_GUILESS_MAIN(SettingsFileTest)
#include "SettingsFileTest.moc"
