#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vigie::Smtp {

// One complete server reply (RFC 5321 section 4.2), possibly multi-line, kept exactly as the
// server worded it: replies are evidence (a "550 5.1.1" at RCPT is the outage), so nothing is
// thrown away. lines hold the text after "250-" / "250 ", enhanced status code included.
struct SmtpReply
{
    int code = 0;
    QByteArray enhancedStatus; // RFC 3463 "5.1.1"; empty when the server sent none
    QStringList lines;

    bool isValid() const { return code >= 200 && code <= 599; }
    bool isPositiveCompletion() const { return code / 100 == 2; }
    bool isPositiveIntermediate() const { return code / 100 == 3; }
    bool isTransientNegative() const { return code / 100 == 4; }
    bool isPermanentNegative() const { return code / 100 == 5; }

    // "550 5.1.1", or "550" without an enhanced status: what ServiceError::responseCode holds.
    QByteArray responseCode() const;
    // The human-readable text, lines joined by '\n', enhanced status codes stripped.
    QString text() const;
    // The reply as it travelled: "250-first", "250 last".
    QStringList wireLines() const;

    // Splits "5.1.1 text" into its status and the rest when the status class matches the code.
    static QByteArray enhancedStatusOf(int code, const QString &line, qsizetype *textStart = nullptr);

    bool operator==(const SmtpReply &) const = default;
};

} // namespace Vigie::Smtp
