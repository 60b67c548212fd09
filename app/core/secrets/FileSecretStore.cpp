#include "FileSecretStore.h"

#include "SecretsLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Vigie::Secrets {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

FileSecretStore::FileSecretStore(QString path, QObject *parent)
    : SecretStore(parent)
    , m_path(std::move(path))
{ }

QString FileSecretStore::description() const
{
    return tr("the secrets file %1").arg(QDir::toNativeSeparators(m_path));
}

QString FileSecretStore::permissionProblem() const
{
#ifdef Q_OS_UNIX
    const QFileInfo info(m_path);
    if (info.exists() && (info.permissions() & GroupOrOther)) {
        return tr("The secrets file %1 can be read or changed by other users. Make it private "
                  "with: chmod 600 %1")
            .arg(m_path);
    }
#endif
    return {};
}

FileSecretStore::Contents FileSecretStore::load() const
{
    Contents contents;
    QFile file(m_path);
    if (!file.exists())
        return contents;
    contents.problem = permissionProblem();
    if (!contents.problem.isEmpty())
        return contents;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        contents.problem = tr("Cannot read the secrets file %1: %2").arg(m_path, file.errorString());
        return contents;
    }
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const qsizetype separator = line.indexOf(u'=');
        if (separator <= 0)
            continue;
        contents.entries.insert(line.left(separator).trimmed(), line.mid(separator + 1));
    }
    return contents;
}

QString FileSecretStore::save(const QMap<QString, QString> &entries) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text, OwnerOnly))
        return tr("Cannot write the secrets file %1: %2").arg(m_path, file.errorString());
    file.setPermissions(OwnerOnly);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        file.write((it.key() + u'=' + it.value() + u'\n').toUtf8());
    if (!file.flush())
        return tr("Cannot write the secrets file %1: %2").arg(m_path, file.errorString());
    return {};
}

SecretReply *FileSecretStore::read(const QString &key)
{
    auto *reply = new SecretReply(key);
    const Contents contents = load();
    if (!contents.problem.isEmpty())
        reply->finishLater(SecretReply::Error::AccessDenied, {}, contents.problem);
    else if (!contents.entries.contains(key))
        reply->finishLater(SecretReply::Error::NotFound);
    else
        reply->finishLater(SecretReply::Error::None, contents.entries.value(key));
    return reply;
}

SecretReply *FileSecretStore::write(const QString &key, const QString &value)
{
    auto *reply = new SecretReply(key);
    if (value.contains(u'\n') || value.contains(u'\r') || key.contains(u'=')) {
        reply->finishLater(SecretReply::Error::Failed, {}, tr("A secret kept in a file cannot contain a line break."));
        return reply;
    }
    Contents contents = load();
    if (!contents.problem.isEmpty()) {
        reply->finishLater(SecretReply::Error::AccessDenied, {}, contents.problem);
        return reply;
    }
    contents.entries.insert(key, value);
    const QString problem = save(contents.entries);
    if (problem.isEmpty())
        qCInfo(lcSecrets) << "Stored the secret" << key << "in" << m_path;
    reply->finishLater(problem.isEmpty() ? SecretReply::Error::None : SecretReply::Error::Failed, {}, problem);
    return reply;
}

SecretReply *FileSecretStore::remove(const QString &key)
{
    auto *reply = new SecretReply(key);
    Contents contents = load();
    if (!contents.problem.isEmpty()) {
        reply->finishLater(SecretReply::Error::AccessDenied, {}, contents.problem);
        return reply;
    }
    if (contents.entries.remove(key) == 0) {
        reply->finishLater(SecretReply::Error::NotFound);
        return reply;
    }
    const QString problem = save(contents.entries);
    reply->finishLater(problem.isEmpty() ? SecretReply::Error::None : SecretReply::Error::Failed, {}, problem);
    return reply;
}

} // namespace Vigie::Secrets
