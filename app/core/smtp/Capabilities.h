#pragma once

#include "SmtpReply.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <optional>

namespace Vigie::Smtp {

// What a server announced in its EHLO reply (RFC 5321 section 4.1.1.1): the first line names
// the server, each following line is an extension keyword with its parameters. Keywords are
// compared case-insensitively; the ones Vigie uses get named accessors.
class Capabilities
{
public:
    static Capabilities fromEhloReply(const SmtpReply &reply);

    QString serverDomain() const { return m_serverDomain; }
    bool has(QByteArrayView keyword) const;
    QList<QByteArray> parameters(QByteArrayView keyword) const;

    bool startTls() const { return has("STARTTLS"); }
    bool pipelining() const { return has("PIPELINING"); }
    bool dsn() const { return has("DSN"); }
    bool enhancedStatusCodes() const { return has("ENHANCEDSTATUSCODES"); }
    bool smtpUtf8() const { return has("SMTPUTF8"); }
    // Upper-case SASL mechanism names, from "AUTH" and the pre-standard "AUTH=" form.
    QList<QByteArray> authMechanisms() const;
    // SIZE (RFC 1870): nothing when not announced; 0 when announced without a fixed limit.
    std::optional<qint64> sizeLimit() const;

    bool isEmpty() const { return m_extensions.isEmpty() && m_serverDomain.isEmpty(); }
    bool operator==(const Capabilities &) const = default;

private:
    QString m_serverDomain;
    QMap<QByteArray, QList<QByteArray>> m_extensions; // upper-case keyword -> parameters
};

} // namespace Vigie::Smtp
