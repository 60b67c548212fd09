#include "LoginMechanism.h"

namespace Vigie::Smtp {

LoginMechanism::LoginMechanism(const QString &username, const QString &password)
    : m_username(username.toUtf8())
    , m_password(password.toUtf8())
{ }

QByteArray LoginMechanism::respond(const QByteArray &challenge)
{
    Q_UNUSED(challenge)
    return m_prompts++ == 0 ? m_username : m_password;
}

} // namespace Vigie::Smtp
