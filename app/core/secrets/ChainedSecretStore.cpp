#include "ChainedSecretStore.h"

namespace Vigie::Secrets {

ChainedSecretStore::ChainedSecretStore(QList<SecretStore *> stores, QObject *parent)
    : SecretStore(parent)
    , m_stores(std::move(stores))
{
    Q_ASSERT(!m_stores.isEmpty());
    for (SecretStore *store : std::as_const(m_stores))
        store->setParent(this);
}

SecretReply *ChainedSecretStore::read(const QString &key)
{
    auto *reply = new SecretReply(key);
    readFrom(0, reply, SecretReply::Error::NotFound, {});
    return reply;
}

void ChainedSecretStore::readFrom(qsizetype index, SecretReply *reply, SecretReply::Error firstProblem,
                                  const QString &firstProblemText)
{
    if (index == m_stores.size()) {
        reply->finishLater(firstProblem, {}, firstProblemText);
        return;
    }
    SecretReply *inner = m_stores.at(index)->read(reply->key());
    inner->setParent(reply);
    connect(inner, &SecretReply::finished, reply, [=, this] {
        inner->deleteLater();
        if (inner->error() == SecretReply::Error::None) {
            reply->finishLater(SecretReply::Error::None, inner->value());
            return;
        }
        const bool keepEarlierProblem = firstProblem != SecretReply::Error::NotFound;
        readFrom(index + 1, reply, keepEarlierProblem ? firstProblem : inner->error(),
                 keepEarlierProblem ? firstProblemText : inner->errorString());
    });
}

SecretReply *ChainedSecretStore::write(const QString &key, const QString &value)
{
    return m_stores.constLast()->write(key, value);
}

SecretReply *ChainedSecretStore::remove(const QString &key)
{
    return m_stores.constLast()->remove(key);
}

QString ChainedSecretStore::description() const
{
    QStringList parts;
    for (const SecretStore *store : m_stores)
        parts.append(store->description());
    return parts.join(tr(", then "));
}

} // namespace Vigie::Secrets
