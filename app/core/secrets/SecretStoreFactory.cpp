#include "SecretStoreFactory.h"

#include "ChainedSecretStore.h"
#include "EnvironmentSecretStore.h"
#include "FileSecretStore.h"
#include "KeychainSecretStore.h"

#include <QDir>
#include <QStandardPaths>

namespace Vigie::Secrets {

namespace {

const QString KeychainService = QStringLiteral("Vigie");

QString secretsFilePath(const Config::SecretsSettings &settings)
{
    if (!settings.file.isEmpty())
        return settings.file;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("secrets"));
}

} // namespace

std::unique_ptr<SecretStore> createSecretStore(const Config::SecretsSettings &settings, SecretStoreContext context)
{
    using Config::SecretBackend;
    switch (settings.backend) {
    case SecretBackend::Keychain:
        return std::make_unique<KeychainSecretStore>(KeychainService);
    case SecretBackend::File:
        return std::make_unique<FileSecretStore>(secretsFilePath(settings));
    case SecretBackend::Environment:
        return std::make_unique<EnvironmentSecretStore>();
    case SecretBackend::Automatic:
        break;
    }
    if (context == SecretStoreContext::Desktop)
        return std::make_unique<KeychainSecretStore>(KeychainService);
    return std::make_unique<ChainedSecretStore>(
        QList<SecretStore *>{new EnvironmentSecretStore(), new FileSecretStore(secretsFilePath(settings))});
}

} // namespace Vigie::Secrets
