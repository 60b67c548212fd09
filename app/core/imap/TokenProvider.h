#pragma once

#include "net/ServiceError.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace Vigie::Imap {

// Where OAuth 2 access tokens come from (the token flow itself is another component's job).
// Asynchronous: the callback runs later, with the token or the reason there is none.
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;
    using Callback = std::function<void(const QByteArray &accessToken, const Net::ServiceError &error)>;
    // context: the callback is dropped if context is destroyed first.
    virtual void requestToken(QObject *context, Callback callback) = 0;
};

} // namespace Vigie::Imap
