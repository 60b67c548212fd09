#include "KeychainSecretStore.h"

#include "SecretsLogging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Vigie::Secrets {

namespace {

// At login the keyring daemon may not be up yet when Vigie starts: one retry after a pause
// turns that race into a success instead of a "no keychain" message.
constexpr int KeyringStartupRetryMs = 3000;

SecretReply::Error replyErrorFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretReply::Error::None;
    case QKeychain::EntryNotFound:
        return SecretReply::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretReply::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretReply::Error::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretReply::Error::Failed;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(std::move(serviceName))
{ }

SecretReply *KeychainSecretStore::read(const QString &key)
{
    auto *reply = new SecretReply(key);
    start(Operation::Read, reply, {}, false);
    return reply;
}

SecretReply *KeychainSecretStore::write(const QString &key, const QString &value)
{
    auto *reply = new SecretReply(key);
    start(Operation::Write, reply, value, false);
    return reply;
}

SecretReply *KeychainSecretStore::remove(const QString &key)
{
    auto *reply = new SecretReply(key);
    start(Operation::Remove, reply, {}, false);
    return reply;
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::start(Operation operation, SecretReply *reply, const QString &value, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_serviceName, reply);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_serviceName, reply);
        writeJob->setTextData(value);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_serviceName, reply);
        break;
    }
    job->setAutoDelete(true);
    job->setKey(reply->key());

    connect(job, &QKeychain::Job::finished, reply,
            [this, operation, reply, value, isRetry](QKeychain::Job *finishedJob) {
                const SecretReply::Error error = replyErrorFor(finishedJob->error());
                if (error == SecretReply::Error::Unavailable && !isRetry) {
                    qCInfo(lcSecrets) << "Keychain not available yet, retrying:" << finishedJob->errorString();
                    QTimer::singleShot(KeyringStartupRetryMs, reply,
                                       [this, operation, reply, value] { start(operation, reply, value, true); });
                    return;
                }
                if (error != SecretReply::Error::None && error != SecretReply::Error::NotFound)
                    qCWarning(lcSecrets) << "Keychain operation on" << reply->key()
                                         << "failed:" << finishedJob->errorString();
                const QString readValue = operation == Operation::Read && error == SecretReply::Error::None
                    ? static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData()
                    : QString();
                reply->finishLater(error, readValue, finishedJob->errorString());
            });
    job->start();
}

} // namespace Vigie::Secrets
