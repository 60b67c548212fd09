#pragma once

#include "Capabilities.h"
#include "Envelope.h"

#include <QByteArray>

namespace Vigie::Smtp {

// The command lines of a mail transaction, with exactly the parameters the server announced.
class CommandFormatter
{
public:
    // messageSize: the octets that follow DATA, for SIZE=; eightBit: the message has octets
    // above 127 (BODY=8BITMIME, RFC 6152, when offered).
    static QByteArray mailFrom(const Envelope &envelope, const Capabilities &capabilities, qint64 messageSize,
                               bool eightBit = false);
    static QByteArray rcptTo(const QString &recipient, const Envelope &envelope, const Capabilities &capabilities);
    // RFC 3461 section 4: "+" and "=", controls, space and non-ASCII become "+XX".
    static QByteArray xtext(QByteArrayView value);
    // An address that needs SMTPUTF8 (RFC 6531) to travel.
    static bool needsUtf8(const QString &address);
    static bool needsUtf8(const Envelope &envelope);
};

} // namespace Vigie::Smtp
