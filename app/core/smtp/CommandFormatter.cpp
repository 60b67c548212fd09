#include "CommandFormatter.h"

namespace Vigie::Smtp {

bool CommandFormatter::needsUtf8(const QString &address)
{
    for (const QChar c : address) {
        if (c.unicode() > 127)
            return true;
    }
    return false;
}

bool CommandFormatter::needsUtf8(const Envelope &envelope)
{
    return needsUtf8(envelope.sender)
        || std::any_of(envelope.recipients.cbegin(), envelope.recipients.cend(),
                       [](const QString &recipient) { return needsUtf8(recipient); });
}

QByteArray CommandFormatter::xtext(QByteArrayView value)
{
    QByteArray out;
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 33 && u <= 126 && c != '+' && c != '=')
            out.append(c);
        else
            out.append('+').append(QByteArray::number(u, 16).toUpper().rightJustified(2, '0'));
    }
    return out;
}

QByteArray CommandFormatter::mailFrom(const Envelope &envelope, const Capabilities &capabilities, qint64 messageSize,
                                      bool eightBit)
{
    QByteArray line = "MAIL FROM:<" + envelope.sender.toUtf8() + '>';
    if (capabilities.sizeLimit().has_value())
        line += " SIZE=" + QByteArray::number(messageSize);
    if (eightBit && capabilities.has("8BITMIME"))
        line += " BODY=8BITMIME";
    if (capabilities.smtpUtf8() && needsUtf8(envelope))
        line += " SMTPUTF8";
    if (envelope.requestDeliveryStatus && capabilities.dsn()) {
        // Headers only: the evidence Vigie needs is the status, not its own probe echoed back.
        line += " RET=HDRS";
        if (!envelope.envelopeId.isEmpty())
            line += " ENVID=" + xtext(envelope.envelopeId);
    }
    return line;
}

QByteArray CommandFormatter::rcptTo(const QString &recipient, const Envelope &envelope,
                                    const Capabilities &capabilities)
{
    QByteArray line = "RCPT TO:<" + recipient.toUtf8() + '>';
    if (envelope.requestDeliveryStatus && capabilities.dsn()) {
        line += " NOTIFY=FAILURE,DELAY";
        // ORCPT lets the DSN name the recipient as written here, whatever aliasing happens later.
        if (!needsUtf8(recipient))
            line += " ORCPT=rfc822;" + xtext(recipient.toLatin1());
    }
    return line;
}

} // namespace Vigie::Smtp
