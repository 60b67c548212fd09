#pragma once

#include "Capabilities.h"
#include "Envelope.h"

#include <QByteArray>

namespace Vigie::Smtp {

// The command lines of a mail transaction, with exactly the parameters the server announced.
class CommandFormatter
{
public:
    // messageSize: the octets that follow DATA, for SIZE=.
    static QByteArray mailFrom(const Envelope &envelope, const Capabilities &capabilities, qint64 messageSize);
    static QByteArray rcptTo(const QString &recipient, const Envelope &envelope, const Capabilities &capabilities);
    // RFC 3461 section 4: "+" and "=", controls, space and non-ASCII become "+XX".
    static QByteArray xtext(QByteArrayView value);
    // An address that needs SMTPUTF8 (RFC 6531) to travel.
    static bool needsUtf8(const QString &address);
};

} // namespace Vigie::Smtp
