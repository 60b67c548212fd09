#include "SecretReply.h"

#include <QTimer>

namespace Vigie::Secrets {

SecretReply::SecretReply(QString key, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
{ }

void SecretReply::finishLater(Error error, const QString &value, const QString &errorString)
{
    QTimer::singleShot(0, this, [this, error, value, errorString] {
        m_error = error;
        m_value = value;
        m_errorString = errorString;
        m_finished = true;
        Q_EMIT finished();
    });
}

} // namespace Vigie::Secrets
