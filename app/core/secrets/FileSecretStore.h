#pragma once

#include "SecretStore.h"

#include <QMap>

namespace Vigie::Secrets {

// Secrets in a plain file that only its owner may read, for headless installations without
// a keychain. One "key=value" a line; lines starting with # are comments. Like ssh with its
// keys, the store refuses a file that other users can read.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(QString path, QObject *parent = nullptr);

    SecretReply *read(const QString &key) override;
    SecretReply *write(const QString &key, const QString &value) override;
    SecretReply *remove(const QString &key) override;
    QString description() const override;

    // Empty when the file is private to its owner (or absent); otherwise a sentence saying why not.
    QString permissionProblem() const;

private:
    struct Contents
    {
        QMap<QString, QString> entries;
        QString problem;
    };

    Contents load() const;
    QString save(const QMap<QString, QString> &entries) const;

    QString m_path;
};

} // namespace Vigie::Secrets
