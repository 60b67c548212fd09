#pragma once

#include <QByteArray>
#include <QList>
#include <QSslError>
#include <QString>

namespace Vigie::Net {

// What went wrong talking to a mail server, typed so that code which decides (fail over,
// back off, ask the user) switches on kind, and only the UI turns it into a sentence.
struct ServiceError
{
    enum class Kind {
        None,
        Network, // connection refused, reset, host not found
        Timeout, // the server stopped answering
        Tls, // handshake failed or the certificate is not trusted
        Authentication, // the server refused the credentials: the user must act
        Protocol, // the server said something we cannot make sense of, or refused a command
        ServerUnavailable, // the server says it cannot serve now (BYE, UNAVAILABLE, 421, 4xx)
        Storage, // local storage failed
        Cancelled, // we stopped on purpose
    };

    Kind kind = Kind::None;
    QByteArray responseCode; // the server's machine-readable code: RFC 5530 "AUTHENTICATIONFAILED", SMTP "550 5.1.1"
    QString serverText; // the server's human-readable text, as sent
    QString detail; // our own account of what happened, for logs
    QList<QSslError> sslErrors;

    bool isError() const { return kind != Kind::None; }
    // True when retrying later can help; false when a person must change something first.
    bool isTransient() const;

    static ServiceError make(Kind kind, QString detail, QByteArray responseCode = {}, QString serverText = {});

    bool operator==(const ServiceError &) const = default;
};

QString toString(ServiceError::Kind kind);

} // namespace Vigie::Net
