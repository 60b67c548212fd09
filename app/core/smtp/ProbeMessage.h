#pragma once

#include "Envelope.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Vigie::Smtp {

// A canary message from the backup address to the primary one. Its token is unguessable, so a
// message carrying it can only be Vigie's own (the one kind of message Vigie may delete from the
// primary INBOX), and it travels three ways back: the X-Vigie-Probe header and Message-ID of the
// arrival, and the envelope id (ENVID) quoted by a delivery status notification.
class ProbeMessage
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Smtp::ProbeMessage)
public:
    static constexpr int TokenBytes = 24; // 192 bits
    static QByteArray headerName() { return QByteArrayLiteral("X-Vigie-Probe"); }

    // URL-safe base64 without padding, from the system's cryptographic random source.
    static QString newToken();
    static bool isWellFormedToken(QStringView token);
    // The token in a Message-ID such as "<vigie-probe.TOKEN@backup.test>", or an empty string.
    static QString tokenFromMessageId(QStringView messageId);

    static ProbeMessage build(const QString &from, const QString &to, const QDateTime &date,
                              const QString &token = newToken());

    QString token() const { return m_token; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    QDateTime date() const { return m_date; }
    // Without angle brackets.
    QByteArray messageId() const { return m_messageId; }
    // The RFC 5322 message, CRLF line endings, 7-bit.
    QByteArray bytes() const { return m_bytes; }
    // From the backup to the primary address, ENVID = token, delivery reports on failure or delay.
    Envelope envelope() const;

    bool operator==(const ProbeMessage &) const = default;

private:
    QString m_token;
    QString m_from;
    QString m_to;
    QDateTime m_date;
    QByteArray m_messageId;
    QByteArray m_bytes;
};

} // namespace Vigie::Smtp
