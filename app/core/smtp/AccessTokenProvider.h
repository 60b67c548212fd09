#pragma once

#include "net/ServiceError.h"

#include <QObject>

namespace Vigie::Smtp {

// Supplies an OAuth 2 access token for XOAUTH2 at the moment it is needed (tokens expire within
// the hour, so the client asks at each submission). Answer from the event loop, never inside
// requestToken().
class AccessTokenProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void requestToken() = 0;

Q_SIGNALS:
    void tokenProvided(const QString &token);
    void tokenFailed(const Vigie::Net::ServiceError &error);
};

} // namespace Vigie::Smtp
