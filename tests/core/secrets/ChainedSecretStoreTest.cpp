#include "secrets/ChainedSecretStore.h"
#include "SecretTestSupport.h"
#include "secrets/EnvironmentSecretStore.h"
#include "secrets/FileSecretStore.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Vigie::Secrets;

class ChainedSecretStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ChainedSecretStore *makeStore(const QString &fileName, const QProcessEnvironment &environment)
    {
        return new ChainedSecretStore(
            {new EnvironmentSecretStore(environment), new FileSecretStore(m_dir.filePath(fileName))}, this);
    }

private Q_SLOTS:
    void environmentWinsOverTheFile()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("VIGIE_PRIMARY_PASSWORD"), QStringLiteral("env"));
        ChainedSecretStore *store = makeStore(QStringLiteral("a"), environment);
        QCOMPARE(finished(store->write(QStringLiteral("primary/password"), QStringLiteral("file")))->error(),
                 SecretReply::Error::None);
        QCOMPARE(finished(store->read(QStringLiteral("primary/password")))->value(), QStringLiteral("env"));
    }

    void fallsBackToTheFile()
    {
        ChainedSecretStore *store = makeStore(QStringLiteral("b"), QProcessEnvironment());
        QCOMPARE(finished(store->write(QStringLiteral("backup/password"), QStringLiteral("file")))->error(),
                 SecretReply::Error::None);
        QCOMPARE(finished(store->read(QStringLiteral("backup/password")))->value(), QStringLiteral("file"));
        QCOMPARE(finished(store->read(QStringLiteral("other/password")))->error(), SecretReply::Error::NotFound);
    }

    void reportsWhyTheFileCouldNotBeRead()
    {
        QFile file(m_dir.filePath(QStringLiteral("open")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("primary/password=x\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        ChainedSecretStore *store = makeStore(QStringLiteral("open"), QProcessEnvironment());
        const auto read = finished(store->read(QStringLiteral("primary/password")));
#ifdef Q_OS_UNIX
        QCOMPARE(read->error(), SecretReply::Error::AccessDenied);
#endif
    }
};

QTEST_GUILESS_MAIN(ChainedSecretStoreTest)
#include "ChainedSecretStoreTest.moc"
