#include "AutoReplyDetector.h"

#include <QRegularExpression>

namespace Vigie::Bounce {

namespace {

const QRegularExpression &autoReplySubject()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:auto(?:matic)?[ -]?(?:reply|response|answer)|out of (?:the )?office|away from|away until|)"
            R"(on vacation|vacation|absence|absent|r[ée]ponse automatique|message d'absence|)"
            R"(abwesenheit|automatische antwort|respuesta autom[áa]tica|risposta automatica|auto:)|)"
            R"(\b(?:out of (?:the )?office|autoreply|auto-reply|on vacation|away until)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &mailSystemSender()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:mailer-daemon|post_?master|mail delivery (?:system|subsystem)|mail ?administrator|)"
                       R"(\bmailer\b|bounce|mdaemon|nobody@|noreply-dmarc|microsoftexchange))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool AutoReplyDetector::isFromMailSystem(const Mime::HeaderBlock &headers)
{
    return mailSystemSender().match(headers.text("from")).hasMatch();
}

bool AutoReplyDetector::isAutoReply(const Mime::HeaderBlock &headers)
{
    if (isFromMailSystem(headers))
        return false;
    const QByteArray autoSubmitted = headers.raw("auto-submitted").trimmed().toLower();
    if (autoSubmitted.startsWith("auto-replied"))
        return true;
    if (headers.contains("x-autoreply") || headers.contains("x-autorespond") || headers.contains("x-autoresponder"))
        return true;
    const QByteArray precedence = headers.raw("precedence").trimmed().toLower();
    if (precedence == "auto_reply")
        return true;
    const QByteArray msAutoResponse = headers.raw("x-ms-exchange-inbox-rules-loop").trimmed();
    const bool exchangeAuto = headers.raw("x-auto-response-suppress").contains("All") || !msAutoResponse.isEmpty();
    return (exchangeAuto || autoSubmitted.startsWith("auto-"))
        && autoReplySubject().match(headers.text("subject")).hasMatch();
}

} // namespace Vigie::Bounce
