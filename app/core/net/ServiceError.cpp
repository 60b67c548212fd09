#include "ServiceError.h"

namespace Vigie::Net {

bool ServiceError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ServerUnavailable:
    case Kind::Protocol:
        return true;
    case Kind::None:
    case Kind::Tls:
    case Kind::Authentication:
    case Kind::Storage:
    case Kind::Cancelled:
        break;
    }
    return false;
}

ServiceError ServiceError::make(Kind kind, QString detail, QByteArray responseCode, QString serverText)
{
    ServiceError error;
    error.kind = kind;
    error.detail = std::move(detail);
    error.responseCode = std::move(responseCode);
    error.serverText = std::move(serverText);
    return error;
}

QString toString(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Kind::None:
        return QStringLiteral("none");
    case ServiceError::Kind::Network:
        return QStringLiteral("network");
    case ServiceError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ServiceError::Kind::Tls:
        return QStringLiteral("tls");
    case ServiceError::Kind::Authentication:
        return QStringLiteral("authentication");
    case ServiceError::Kind::Protocol:
        return QStringLiteral("protocol");
    case ServiceError::Kind::ServerUnavailable:
        return QStringLiteral("server-unavailable");
    case ServiceError::Kind::Storage:
        return QStringLiteral("storage");
    case ServiceError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Vigie::Net
