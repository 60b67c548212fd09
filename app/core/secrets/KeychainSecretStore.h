#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace Vigie::Secrets {

// The operating system's keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet)
// on Linux, the Credential Manager on Windows.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString serviceName, QObject *parent = nullptr);

    SecretReply *read(const QString &key) override;
    SecretReply *write(const QString &key, const QString &value) override;
    SecretReply *remove(const QString &key) override;
    QString description() const override;

private:
    enum class Operation { Read, Write, Remove };

    void start(Operation operation, SecretReply *reply, const QString &value, bool isRetry);

    QString m_serviceName;
};

} // namespace Vigie::Secrets
