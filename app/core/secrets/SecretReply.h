#pragma once

#include <QObject>
#include <QString>

namespace Vigie::Secrets {

// The outcome of one secret store operation. It always finishes from the event loop, never
// inside the call that created it, so callers have a single code path whatever the backend.
class SecretReply : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound, // no secret stored under that key yet: ask the user for it
        Unavailable, // no keychain running, or the store cannot be reached right now
        AccessDenied, // the user or the OS refused access
        ReadOnly, // this store cannot write
        Failed, // anything else; errorString() says what
    };
    Q_ENUM(Error)

    explicit SecretReply(QString key, QObject *parent = nullptr);

    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    QString value() const { return m_value; }

    // Called by stores: finishes the reply on the next turn of the event loop.
    void finishLater(Error error, const QString &value = {}, const QString &errorString = {});

Q_SIGNALS:
    void finished();

private:
    QString m_key;
    QString m_value;
    QString m_errorString;
    Error m_error = Error::None;
    bool m_finished = false;
};

} // namespace Vigie::Secrets
