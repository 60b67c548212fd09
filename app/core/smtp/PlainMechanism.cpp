#include "PlainMechanism.h"

namespace Vigie::Smtp {

PlainMechanism::PlainMechanism(const QString &username, const QString &password)
    : m_username(username.toUtf8())
    , m_password(password.toUtf8())
{ }

QByteArray PlainMechanism::initialResponse() const
{
    return '\0' + m_username + '\0' + m_password;
}

QByteArray PlainMechanism::respond(const QByteArray &challenge)
{
    // A server that did not take the initial response asks with an empty challenge.
    Q_UNUSED(challenge)
    return initialResponse();
}

} // namespace Vigie::Smtp
