#pragma once

#include <QString>

namespace Vigie::Imap {

class TokenProvider;

// Who we log in as. With a token provider, XOAUTH2 or OAUTHBEARER is used where offered.
struct Credentials
{
    QString username;
    QString password;
    TokenProvider *tokenProvider = nullptr; // not owned
};

} // namespace Vigie::Imap
