#include "secrets/EnvironmentSecretStore.h"
#include "SecretTestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Vigie::Secrets;

class EnvironmentSecretStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesFollowTheKey()
    {
        QCOMPARE(EnvironmentSecretStore::variableName(QStringLiteral("primary/password")),
                 QStringLiteral("VIGIE_PRIMARY_PASSWORD"));
        QCOMPARE(EnvironmentSecretStore::credentialFileName(QStringLiteral("backup/password")),
                 QStringLiteral("backup-password"));
    }

    void readsTheEnvironment()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("VIGIE_PRIMARY_PASSWORD"), QStringLiteral("from-env"));
        EnvironmentSecretStore store(environment);
        const auto read = finished(store.read(QStringLiteral("primary/password")));
        QCOMPARE(read->error(), SecretReply::Error::None);
        QCOMPARE(read->value(), QStringLiteral("from-env"));
        QCOMPARE(finished(store.read(QStringLiteral("backup/password")))->error(), SecretReply::Error::NotFound);
    }

    void credentialsDirectoryComesFirst()
    {
        QTemporaryDir credentials;
        QFile file(credentials.filePath(QStringLiteral("primary-password")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from-systemd\n");
        file.close();

        QProcessEnvironment environment;
        environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
        environment.insert(QStringLiteral("VIGIE_PRIMARY_PASSWORD"), QStringLiteral("from-env"));
        EnvironmentSecretStore store(environment);
        QCOMPARE(finished(store.read(QStringLiteral("primary/password")))->value(), QStringLiteral("from-systemd"));
    }

    void isReadOnly()
    {
        EnvironmentSecretStore store{QProcessEnvironment()};
        QCOMPARE(finished(store.write(QStringLiteral("primary/password"), QStringLiteral("x")))->error(),
                 SecretReply::Error::ReadOnly);
        QCOMPARE(finished(store.remove(QStringLiteral("primary/password")))->error(), SecretReply::Error::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(EnvironmentSecretStoreTest)
#include "EnvironmentSecretStoreTest.moc"
