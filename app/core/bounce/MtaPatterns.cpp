#include "MtaPatterns.h"

namespace Vigie::Bounce {

namespace {

QRegularExpression joined(const char16_t *MtaPatterns::Family::*field, QRegularExpression::PatternOptions options,
                          bool withGeneric = true)
{
    QString pattern;
    for (const MtaPatterns::Family &family : MtaFamilies::families()) {
        const char16_t *fragment = family.*field;
        if (!fragment || (!withGeneric && QStringView(family.name) == u"Generic"))
            continue;
        if (!pattern.isEmpty())
            pattern += u'|';
        pattern += u"(?:" + QString::fromUtf16(fragment) + u')';
    }
    QRegularExpression re(pattern, options | QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

} // namespace

const QRegularExpression &MtaPatterns::reportWording()
{
    static const QRegularExpression re = joined(&Family::reportWording, QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &MtaPatterns::familyWording()
{
    static const QRegularExpression re = joined(&Family::reportWording, QRegularExpression::MultilineOption, false);
    return re;
}

const QRegularExpression &MtaPatterns::originalMessageMarker()
{
    static const QRegularExpression re = joined(&Family::originalMarker, QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &MtaPatterns::bounceSubject()
{
    static const QRegularExpression re(
        QStringLiteral(R"(undeliver|undelivered|delivery (?:status|failure|failed|notification|problem|report)|)"
                       R"(returned mail|failure notice|mail delivery|could not be delivered|not delivered|)"
                       R"(delivery has failed|mail system error|rejected|bounce|non[- ]remis|non distribuable|)"
                       R"([ée]chec de (?:la )?(?:remise|distribution)|unzustellbar|nicht zustellbar|)"
                       R"(warning: could not send|delayed mail|message delayed|ndr|error sending|returned to sender|)"
                       R"(mail error|delivery error|nondeliverable|no se puede entregar|non recapitabile)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool MtaPatterns::isSystemAddress(const QString &lowerAddress)
{
    return lowerAddress.startsWith(u"mailer-daemon@") || lowerAddress.startsWith(u"postmaster@")
        || lowerAddress.startsWith(u"mail-daemon@") || lowerAddress.startsWith(u"noreply")
        || lowerAddress.startsWith(u"no-reply") || lowerAddress.startsWith(u"double-bounce@");
}

Reason MtaPatterns::fallbackReason(QStringView text)
{
    static const QList<std::pair<QRegularExpression, Reason>> table = [] {
        QList<std::pair<QRegularExpression, Reason>> entries;
        for (const Family &family : MtaFamilies::families()) {
            if (family.fallback != Reason::Undefined)
                entries.append({QRegularExpression(QString::fromUtf16(family.reportWording),
                                                   QRegularExpression::CaseInsensitiveOption),
                                family.fallback});
        }
        return entries;
    }();
    for (const auto &[pattern, reason] : table) {
        if (pattern.match(text).hasMatch())
            return reason;
    }
    return Reason::Undefined;
}

QString MtaPatterns::smtpCommand(QStringView text)
{
    // A word that goes on as a host name or an address ("talking to mail.example.org") is no command.
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:after|in reply to|for|to|at|like our|>>>|SMTP:)\s*(?:the\s+)?(RCPT|MAIL|DATA|HELO|EHLO|STARTTLS|AUTH|end of data|TEXT|initial connection|final DATA)\b(?![.@-]\w)|\[(RCPT_TO|MAIL_FROM)\])"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QString command = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toUpper();
    if (command == u"INITIAL CONNECTION")
        return QStringLiteral("CONNECT");
    if (command == u"RCPT_TO")
        return QStringLiteral("RCPT");
    if (command == u"MAIL_FROM")
        return QStringLiteral("MAIL");
    return command == u"END OF DATA" || command == u"TEXT" || command == u"FINAL DATA" ? QStringLiteral("DATA")
                                                                                       : command;
}

} // namespace Vigie::Bounce
