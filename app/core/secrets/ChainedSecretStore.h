#pragma once

#include "SecretStore.h"

#include <QList>

namespace Vigie::Secrets {

// Reads from the first store that has the key; writes and removes go to the last store, the
// writable one (e.g. the environment first, then the secrets file).
class ChainedSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // Takes ownership of the stores.
    explicit ChainedSecretStore(QList<SecretStore *> stores, QObject *parent = nullptr);

    SecretReply *read(const QString &key) override;
    SecretReply *write(const QString &key, const QString &value) override;
    SecretReply *remove(const QString &key) override;
    QString description() const override;

private:
    void readFrom(qsizetype index, SecretReply *reply, SecretReply::Error firstProblem,
                  const QString &firstProblemText);

    QList<SecretStore *> m_stores;
};

} // namespace Vigie::Secrets
