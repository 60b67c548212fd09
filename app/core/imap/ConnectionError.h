#pragma once

#include "Response.h"
#include "net/ServiceError.h"

#include <QAbstractSocket>
#include <QList>
#include <QSslError>

namespace Vigie::Imap {

// A socket failure as a typed error. A BYE the server sent just before closing explains the
// close: the server is unavailable (with its code and text), not the network broken.
Net::ServiceError connectionError(QAbstractSocket::SocketError socketError, const QString &errorString,
                                  const QList<QSslError> &sslErrors, const Response &bye);

} // namespace Vigie::Imap
