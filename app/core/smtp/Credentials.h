#pragma once

#include <QString>

namespace Vigie::Smtp {

// Who to authenticate as. An empty username means no AUTH at all; with an access token provider
// set on the client, the password is not used (XOAUTH2).
struct Credentials
{
    QString username;
    QString password;

    bool operator==(const Credentials &) const = default;
};

} // namespace Vigie::Smtp
