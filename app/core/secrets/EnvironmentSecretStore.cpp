#include "EnvironmentSecretStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Vigie::Secrets {

EnvironmentSecretStore::EnvironmentSecretStore(QProcessEnvironment environment, QObject *parent)
    : SecretStore(parent)
    , m_environment(std::move(environment))
{ }

QString EnvironmentSecretStore::variableName(const QString &key)
{
    static const QRegularExpression notIdentifier(QStringLiteral("[^A-Za-z0-9]+"));
    return QStringLiteral("VIGIE_") + QString(key).replace(notIdentifier, QStringLiteral("_")).toUpper();
}

QString EnvironmentSecretStore::credentialFileName(const QString &key)
{
    return QString(key).replace(u'/', u'-');
}

SecretReply *EnvironmentSecretStore::read(const QString &key)
{
    auto *reply = new SecretReply(key);
    const QString credentialsDirectory = m_environment.value(QStringLiteral("CREDENTIALS_DIRECTORY"));
    if (!credentialsDirectory.isEmpty()) {
        QFile credential(QDir(credentialsDirectory).filePath(credentialFileName(key)));
        if (credential.open(QIODevice::ReadOnly)) {
            QByteArray value = credential.readAll();
            while (value.endsWith('\n') || value.endsWith('\r'))
                value.chop(1);
            reply->finishLater(SecretReply::Error::None, QString::fromUtf8(value));
            return reply;
        }
    }
    const QString name = variableName(key);
    if (m_environment.contains(name))
        reply->finishLater(SecretReply::Error::None, m_environment.value(name));
    else
        reply->finishLater(SecretReply::Error::NotFound);
    return reply;
}

SecretReply *EnvironmentSecretStore::write(const QString &key, const QString &)
{
    return refuseChange(key);
}

SecretReply *EnvironmentSecretStore::remove(const QString &key)
{
    return refuseChange(key);
}

SecretReply *EnvironmentSecretStore::refuseChange(const QString &key)
{
    auto *reply = new SecretReply(key);
    reply->finishLater(SecretReply::Error::ReadOnly, {},
                       tr("Secrets given through the environment or the service manager cannot be "
                          "changed by Vigie."));
    return reply;
}

QString EnvironmentSecretStore::description() const
{
    return tr("the environment (%1 or $CREDENTIALS_DIRECTORY)").arg(variableName(QStringLiteral("account/password")));
}

} // namespace Vigie::Secrets
