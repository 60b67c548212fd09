#include "secrets/FileSecretStore.h"
#include "SecretTestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Vigie::Secrets;

class FileSecretStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void writeReadRemove()
    {
        FileSecretStore store(path("roundtrip"));
        SecretReply *writing = store.write(QStringLiteral("primary/password"), QStringLiteral(" p=ss w0rd "));
        QVERIFY2(!writing->isFinished(), "replies must finish from the event loop");
        QCOMPARE(finished(writing)->error(), SecretReply::Error::None);

        const auto read = finished(store.read(QStringLiteral("primary/password")));
        QCOMPARE(read->error(), SecretReply::Error::None);
        QCOMPARE(read->value(), QStringLiteral(" p=ss w0rd "));

        QCOMPARE(finished(store.remove(QStringLiteral("primary/password")))->error(), SecretReply::Error::None);
        QCOMPARE(finished(store.read(QStringLiteral("primary/password")))->error(), SecretReply::Error::NotFound);
    }

    void fileIsPrivateToItsOwner()
    {
        FileSecretStore store(path("private"));
        QCOMPARE(finished(store.write(QStringLiteral("backup/password"), QStringLiteral("x")))->error(),
                 SecretReply::Error::None);
        const QFile::Permissions permissions = QFile::permissions(path("private"));
        QCOMPARE(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void refusesAFileOthersCanRead()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix permissions only");
#endif
        QFile file(path("shared"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("primary/password=secret\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));

        FileSecretStore store(path("shared"));
        QVERIFY(!store.permissionProblem().isEmpty());
        const auto read = finished(store.read(QStringLiteral("primary/password")));
        QCOMPARE(read->error(), SecretReply::Error::AccessDenied);
        QVERIFY(read->value().isEmpty());
        QVERIFY(read->errorString().contains(QStringLiteral("chmod 600")));
    }

    void readsAHandWrittenFile()
    {
        QFile file(path("handwritten"));
        QVERIFY(file.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner));
        file.write("# written by the admin\r\n\r\nprimary/password=abc def\r\n  backup/password =xyz\n");
        file.close();
        FileSecretStore store(path("handwritten"));
        QCOMPARE(finished(store.read(QStringLiteral("primary/password")))->value(), QStringLiteral("abc def"));
        QCOMPARE(finished(store.read(QStringLiteral("backup/password")))->value(), QStringLiteral("xyz"));
    }

    void refusesLineBreaks()
    {
        FileSecretStore store(path("linebreak"));
        QCOMPARE(finished(store.write(QStringLiteral("primary/password"), QStringLiteral("a\nb")))->error(),
                 SecretReply::Error::Failed);
        QVERIFY(!QFile::exists(path("linebreak")));
    }

    void absentFileMeansNotFound()
    {
        FileSecretStore store(path("absent"));
        QCOMPARE(finished(store.read(QStringLiteral("primary/password")))->error(), SecretReply::Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(FileSecretStoreTest)
#include "FileSecretStoreTest.moc"
