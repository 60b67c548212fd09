#include "secrets/KeychainSecretStore.h"
#include "SecretTestSupport.h"

#include <QUuid>

using namespace Vigie::Secrets;

// Talks to the real keyring of the session (GNOME Keyring under the test runner's D-Bus
// session). Skips with a message when the machine has none.
class KeychainSecretStoreTest : public QObject
{
    Q_OBJECT

private:
    const QString m_service = QStringLiteral("vigie-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session, so no keyring: run through tests/run-tests.sh to test the keychain.");
    }

    void writeReadRemove()
    {
        KeychainSecretStore store(m_service);
        const QString key = QStringLiteral("primary/password");
        const auto written = finished(store.write(key, QStringLiteral("s3cr3t é")), 15000);
        if (written->error() == SecretReply::Error::Unavailable)
            QSKIP(qPrintable(QStringLiteral("No keyring answers on this session: ") + written->errorString()));
        QCOMPARE(written->error(), SecretReply::Error::None);

        const auto read = finished(store.read(key), 15000);
        QCOMPARE(read->error(), SecretReply::Error::None);
        QCOMPARE(read->value(), QStringLiteral("s3cr3t é"));

        QCOMPARE(finished(store.remove(key), 15000)->error(), SecretReply::Error::None);
        QCOMPARE(finished(store.read(key), 15000)->error(), SecretReply::Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "KeychainSecretStoreTest.moc"
