#pragma once

#include "config/Settings.h"

#include <memory>

namespace Vigie::Secrets {

class SecretStore;

enum class SecretStoreContext { Desktop, Headless };

// Builds the store the settings ask for. "Automatic" means the keychain on the desktop and,
// where there may be no keychain (--headless, the CLI), the environment then the secrets file.
std::unique_ptr<SecretStore> createSecretStore(const Config::SecretsSettings &settings, SecretStoreContext context);

} // namespace Vigie::Secrets
