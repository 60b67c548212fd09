#include "AuthMechanism.h"

#include "LoginMechanism.h"
#include "PlainMechanism.h"
#include "XOAuth2Mechanism.h"

namespace Vigie::Smtp {

QByteArray AuthMechanism::choose(const QList<QByteArray> &offered, bool haveAccessToken)
{
    const QList<QByteArray> preference =
        haveAccessToken ? QList<QByteArray>{"XOAUTH2"} : QList<QByteArray>{"PLAIN", "LOGIN"};
    for (const QByteArray &name : preference) {
        if (offered.contains(name))
            return name;
    }
    return {};
}

std::unique_ptr<AuthMechanism> AuthMechanism::create(const QByteArray &name, const QString &username,
                                                     const QString &secret)
{
    if (name == "PLAIN")
        return std::make_unique<PlainMechanism>(username, secret);
    if (name == "LOGIN")
        return std::make_unique<LoginMechanism>(username, secret);
    if (name == "XOAUTH2")
        return std::make_unique<XOAuth2Mechanism>(username, secret);
    return nullptr;
}

} // namespace Vigie::Smtp
