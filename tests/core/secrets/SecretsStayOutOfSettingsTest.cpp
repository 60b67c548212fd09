#include "SecretTestSupport.h"
#include "config/SettingsFile.h"
#include "secrets/SecretStoreFactory.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Vigie;

// The settings file may be shared, backed up or pasted into a support request: no secret may
// ever reach it. These tests fail if a setting that holds a secret is ever added, or if storing
// a password ends up writing it next to the settings.
class SecretsStayOutOfSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSettingKeyHoldsASecret()
    {
        static const QRegularExpression secretLike(QStringLiteral("pass|secret|token|credential|apikey"),
                                                   QRegularExpression::CaseInsensitiveOption);
        const Config::RawSettings raw = Config::SettingsFile::toRaw(Config::Settings());
        QVERIFY(!raw.isEmpty());
        for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
            // The secrets group only says where secrets live, never what they are.
            if (it.key().startsWith(QStringLiteral("secrets/")))
                continue;
            QVERIFY2(!secretLike.match(it.key()).hasMatch(), qPrintable(it.key()));
        }
    }

    void storingPasswordsLeavesTheSettingsFileClean()
    {
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(QStringLiteral("vigie.ini"));
        const QString secretsPath = dir.filePath(QStringLiteral("secrets"));
        const QString password = QStringLiteral("Tr0ub4dor&3-unique-marker");

        Config::Settings settings;
        settings.primary.address = QStringLiteral("owner@primary.test");
        settings.primary.imap.host = QStringLiteral("imap.primary.test");
        settings.secrets.backend = Config::SecretBackend::File;
        settings.secrets.file = secretsPath;
        QCOMPARE(Config::SettingsFile::save(settings, settingsPath), QString());

        auto store = Secrets::createSecretStore(settings.secrets, Secrets::SecretStoreContext::Headless);
        const QString key = Config::Settings::secretKeyForAccount(QStringLiteral("primary"));
        QCOMPARE(finished(store->write(key, password))->error(), Secrets::SecretReply::Error::None);
        QCOMPARE(Config::SettingsFile::save(settings, settingsPath), QString());

        QFile settingsFile(settingsPath);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settingsBytes = settingsFile.readAll();
        QVERIFY(settingsBytes.contains("owner@primary.test"));
        QVERIFY(!settingsBytes.contains(password.toUtf8()));

        QFile secretsFile(secretsPath);
        QVERIFY(secretsFile.open(QIODevice::ReadOnly));
        QVERIFY(secretsFile.readAll().contains(password.toUtf8()));
        QCOMPARE(finished(store->read(key))->value(), password);
    }
};

QTEST_GUILESS_MAIN(SecretsStayOutOfSettingsTest)
#include "SecretsStayOutOfSettingsTest.moc"
