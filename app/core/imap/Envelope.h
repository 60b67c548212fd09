#pragma once

#include "Token.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Vigie::Imap {

struct Address
{
    QString name; // display name, RFC 2047 words decoded
    QByteArray mailbox; // local part
    QByteArray host; // domain; null for group syntax markers

    QString email() const;
    bool operator==(const Address &) const = default;
};

// The ENVELOPE of a message (RFC 3501 7.4.2), with header words decoded for display.
struct Envelope
{
    QByteArray date; // the Date header as sent
    QString subject;
    QList<Address> from, sender, replyTo, to, cc, bcc;
    QByteArray inReplyTo;
    QByteArray messageId;

    // nullopt when the token is not an envelope.
    static std::optional<Envelope> fromToken(const Token &token);
    bool operator==(const Envelope &) const = default;
};

} // namespace Vigie::Imap
