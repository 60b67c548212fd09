#include "config/SettingsValidator.h"

#include <QTest>

using namespace Vigie::Config;

class SettingsValidatorTest : public QObject
{
    Q_OBJECT

private:
    static Settings validSettings()
    {
        Settings settings;
        settings.primary.address = QStringLiteral("owner@primary.test");
        settings.primary.imap.host = QStringLiteral("imap.primary.test");
        settings.backup.address = QStringLiteral("owner@backup.test");
        settings.backup.imap.host = QStringLiteral("imap.backup.test");
        return settings;
    }

    static QStringList keysOf(const ConfigProblems &problems)
    {
        QStringList keys;
        for (const ConfigProblem &problem : problems)
            keys.append(problem.key);
        return keys;
    }

private Q_SLOTS:
    void validSettingsHaveNoProblem() { QCOMPARE(SettingsValidator::validate(validSettings()), ConfigProblems()); }

    void eachProblemNamesItsKey_data()
    {
        QTest::addColumn<std::function<void(Settings &)>>("breakIt");
        QTest::addColumn<QString>("key");

        QTest::newRow("no primary") << std::function<void(Settings &)>([](Settings &s) { s.primary = {}; })
                                    << QStringLiteral("primary/address");
        QTest::newRow("bad address") << std::function<void(Settings &)>([](Settings &s) {
            s.primary.address = QStringLiteral("owner");
        }) << QStringLiteral("primary/address");
        QTest::newRow("no imap host") << std::function<void(Settings &)>([](Settings &s) {
            s.primary.imap.host.clear();
        }) << QStringLiteral("primary.imap/host");
        QTest::newRow("port range") << std::function<void(Settings &)>([](Settings &s) { s.primary.imap.port = 70000; })
                                    << QStringLiteral("primary.imap/port");
        QTest::newRow("poll too often") << std::function<void(Settings &)>([](Settings &s) {
            s.backup.imap.pollIntervalSeconds = 2;
        }) << QStringLiteral("backup.imap/pollIntervalSeconds");
        QTest::newRow("bad pin") << std::function<void(Settings &)>([](Settings &s) {
            s.primary.imap.pinnedCertificateSha256 = QStringLiteral("abc");
        }) << QStringLiteral("primary.imap/pinnedCertificateSha256");
        QTest::newRow("missing CA file") << std::function<void(Settings &)>([](Settings &s) {
            s.primary.imap.caCertificatesFile = QStringLiteral("/nonexistent/ca.pem");
        }) << QStringLiteral("primary.imap/caCertificatesFile");
        QTest::newRow("pin without tls") << std::function<void(Settings &)>([](Settings &s) {
            s.primary.imap.tls = TlsMode::None;
            s.primary.imap.pinnedCertificateSha256 = QString(64, u'0');
        }) << QStringLiteral("primary.imap/tls");
        QTest::newRow("backup is primary") << std::function<void(Settings &)>([](Settings &s) {
            s.backup.address = QStringLiteral("Owner@Primary.test");
        }) << QStringLiteral("backup/address");
        QTest::newRow("no false alarm at all")
            << std::function<void(Settings &)>([](Settings &s) { s.detection.falseAlarmsPer90Days = 0; })
            << QStringLiteral("detection/falseAlarmsPer90Days");
        QTest::newRow("unknown zone") << std::function<void(Settings &)>([](Settings &s) {
            s.detection.timeZone = QStringLiteral("Europe/Atlantis");
        }) << QStringLiteral("detection/timeZone");
        QTest::newRow("bad business hours") << std::function<void(Settings &)>([](Settings &s) {
            s.detection.businessHours = QStringLiteral("9 to 5");
        }) << QStringLiteral("detection/businessHours");
        QTest::newRow("bad closure") << std::function<void(Settings &)>([](Settings &s) {
            s.detection.closures = QStringLiteral("August");
        }) << QStringLiteral("detection/closures");
        QTest::newRow("negative window") << std::function<void(Settings &)>([](Settings &s) {
            s.detection.fixedSilenceHours = -1;
        }) << QStringLiteral("detection/fixedSilenceHours");
        QTest::newRow("probing too often")
            << std::function<void(Settings &)>([](Settings &s) { s.detection.probeIntervalMinutes = 1; })
            << QStringLiteral("detection/probeIntervalMinutes");
        QTest::newRow("no confirmation") << std::function<void(Settings &)>([](Settings &s) {
            s.detection.suspectConfirmations = 0;
        }) << QStringLiteral("detection/suspectConfirmations");
        QTest::newRow("negative deferral grace")
            << std::function<void(Settings &)>([](Settings &s) { s.detection.deferralGraceMinutes = -1; })
            << QStringLiteral("detection/deferralGraceMinutes");
        QTest::newRow("file backend without file")
            << std::function<void(Settings &)>([](Settings &s) { s.secrets.backend = SecretBackend::File; })
            << QStringLiteral("secrets/file");
    }

    void eachProblemNamesItsKey()
    {
        QFETCH(std::function<void(Settings &)>, breakIt);
        QFETCH(QString, key);
        Settings settings = validSettings();
        breakIt(settings);
        const ConfigProblems problems = SettingsValidator::validate(settings);
        QCOMPARE(keysOf(problems), QStringList{key});
        QVERIFY(!problems.first().message.isEmpty());
    }

    void pinWithColonsIsAccepted()
    {
        Settings settings = validSettings();
        QStringList pairs;
        for (int i = 0; i < 32; ++i)
            pairs.append(QStringLiteral("AB"));
        settings.primary.imap.pinnedCertificateSha256 = pairs.join(u':');
        QCOMPARE(SettingsValidator::validate(settings), ConfigProblems());
    }

    void backupIsOptional()
    {
        Settings settings = validSettings();
        settings.backup = {};
        QCOMPARE(SettingsValidator::validate(settings), ConfigProblems());
    }
};

QTEST_GUILESS_MAIN(SettingsValidatorTest)
#include "SettingsValidatorTest.moc"
