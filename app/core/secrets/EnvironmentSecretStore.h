#pragma once

#include "SecretStore.h"

#include <QProcessEnvironment>

namespace Vigie::Secrets {

// Read-only secrets handed over by the service manager: a file named after the key in
// $CREDENTIALS_DIRECTORY (systemd's LoadCredential=, "primary/password" -> "primary-password"),
// or an environment variable ("primary/password" -> VIGIE_PRIMARY_PASSWORD).
class EnvironmentSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit EnvironmentSecretStore(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                                    QObject *parent = nullptr);

    SecretReply *read(const QString &key) override;
    SecretReply *write(const QString &key, const QString &value) override;
    SecretReply *remove(const QString &key) override;
    QString description() const override;

    static QString variableName(const QString &key);
    static QString credentialFileName(const QString &key);

private:
    SecretReply *refuseChange(const QString &key);

    QProcessEnvironment m_environment;
};

} // namespace Vigie::Secrets
