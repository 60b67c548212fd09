#include "AccountLoader.h"

#include "config/SettingsFile.h"
#include "config/SettingsValidator.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreFactory.h"

#include <QTimer>

namespace Vigie::Cli {

AccountLoader::AccountLoader(QObject *parent)
    : QObject(parent)
{ }

AccountLoader::~AccountLoader() = default;

void AccountLoader::load(const QString &configPath, const QString &accountName)
{
    m_accountName = accountName;
    auto failLater = [this](const QString &message) {
        QTimer::singleShot(0, this, [this, message] { Q_EMIT failed(message); });
    };
    const Config::SettingsFile::LoadResult result = Config::SettingsFile::load(configPath);
    if (!result.understood || Config::hasErrors(result.problems)) {
        QStringList messages;
        for (const Config::ConfigProblem &problem : result.problems)
            messages.append(problem.message);
        failLater(tr("%1 cannot be used: %2").arg(configPath, messages.join(u' ')));
        return;
    }
    m_settings = result.settings;
    if (accountName == u"primary") {
        m_account = m_settings.primary;
    } else if (accountName == u"backup") {
        m_account = m_settings.backup;
    } else {
        failLater(tr("Unknown account %1: use primary or backup.").arg(accountName));
        return;
    }
    if (!m_account.imap.isConfigured()) {
        failLater(tr("The %1 account has no IMAP server in %2.").arg(accountName, configPath));
        return;
    }
    m_credentials.username = m_account.imap.username.isEmpty() ? m_account.address : m_account.imap.username;
    m_secretStore = Secrets::createSecretStore(m_settings.secrets, Secrets::SecretStoreContext::Headless);
    Secrets::SecretReply *reply = m_secretStore->read(Config::Settings::secretKeyForAccount(accountName));
    connect(reply, &Secrets::SecretReply::finished, this, [this, reply, accountName] {
        reply->deleteLater();
        if (reply->error() != Secrets::SecretReply::Error::None) {
            Q_EMIT failed(tr("The password of the %1 account cannot be read from %2: %3")
                              .arg(accountName, m_secretStore->description(), reply->errorString()));
            return;
        }
        m_credentials.password = reply->value();
        Q_EMIT loaded();
    });
}

} // namespace Vigie::Cli
