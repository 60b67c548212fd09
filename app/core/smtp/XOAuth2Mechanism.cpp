#include "XOAuth2Mechanism.h"

namespace Vigie::Smtp {

XOAuth2Mechanism::XOAuth2Mechanism(const QString &username, const QString &accessToken)
    : m_username(username.toUtf8())
    , m_token(accessToken.toUtf8())
{ }

QByteArray XOAuth2Mechanism::initialResponse() const
{
    return "user=" + m_username + "\x01" + "auth=Bearer " + m_token + "\x01\x01";
}

QByteArray XOAuth2Mechanism::respond(const QByteArray &challenge)
{
    m_diagnostic = challenge;
    return {};
}

} // namespace Vigie::Smtp
