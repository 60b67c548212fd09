#pragma once

#include "config/Settings.h"
#include "imap/Credentials.h"

#include <QObject>

#include <memory>

namespace Vigie::Secrets {
class SecretStore;
}

namespace Vigie::Cli {

// What the IMAP commands share: read a settings file, pick an account, read its password
// from where vigie --headless reads it. Finishes with loaded() or failed(sentence).
class AccountLoader : public QObject
{
    Q_OBJECT
public:
    explicit AccountLoader(QObject *parent = nullptr);
    ~AccountLoader() override;

    void load(const QString &configPath, const QString &accountName);
    QString accountName() const { return m_accountName; }

    const Config::Settings &settings() const { return m_settings; }
    const Config::AccountSettings &account() const { return m_account; }
    const Imap::Credentials &credentials() const { return m_credentials; }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    QString m_accountName;
    Config::Settings m_settings;
    Config::AccountSettings m_account;
    Imap::Credentials m_credentials;
    std::unique_ptr<Secrets::SecretStore> m_secretStore;
};

} // namespace Vigie::Cli
