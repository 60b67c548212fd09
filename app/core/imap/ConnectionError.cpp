#include "ConnectionError.h"

namespace Vigie::Imap {

Net::ServiceError connectionError(QAbstractSocket::SocketError socketError, const QString &errorString,
                                  const QList<QSslError> &sslErrors, const Response &bye)
{
    using Kind = Net::ServiceError::Kind;
    const bool saidBye = bye.status == Response::Status::Bye;
    Kind kind = Kind::Network;
    switch (socketError) {
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        kind = Kind::Tls;
        break;
    case QAbstractSocket::SocketTimeoutError:
        kind = Kind::Timeout;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        kind = saidBye ? Kind::ServerUnavailable : Kind::Network;
        break;
    default:
        break;
    }
    Net::ServiceError error = Net::ServiceError::make(kind, errorString);
    if (kind == Kind::Tls)
        error.sslErrors = sslErrors;
    if (saidBye) {
        error.serverText = bye.text;
        error.responseCode = bye.code.name;
    }
    return error;
}

} // namespace Vigie::Imap
