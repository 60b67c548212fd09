#include "StatusCode.h"

#include <QHash>
#include <QRegularExpression>

namespace Vigie::Bounce {

namespace {

const QRegularExpression &statusPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d))"));
    return re;
}

// Reply codes as servers and relays print them: "550 ...", "550-...", "(550)", and in lists
// such as Zoho's "ERROR_CODE :421, ...".
const QRegularExpression &replyPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?:^|[\s:(\[;"'<=#])([245][0-5]\d)(?=[ \-\t,]|$|\]|\)))"),
                                       QRegularExpression::MultilineOption);
    return re;
}

const QHash<QString, Reason> &rfc3463Reasons()
{
    // RFC 3463 and its successors (RFC 4954, 7372, 7505, 8689), one reason per subject/detail.
    static const QHash<QString, Reason> table{
        {QStringLiteral("1.0"), Reason::UserUnknown},     {QStringLiteral("1.1"), Reason::UserUnknown},
        {QStringLiteral("1.2"), Reason::HostUnknown},     {QStringLiteral("1.3"), Reason::UserUnknown},
        {QStringLiteral("1.4"), Reason::Filtered},        {QStringLiteral("1.6"), Reason::HasMoved},
        {QStringLiteral("1.7"), Reason::Rejected},        {QStringLiteral("1.8"), Reason::Rejected},
        {QStringLiteral("1.9"), Reason::SystemError},     {QStringLiteral("1.10"), Reason::NotAccept},
        {QStringLiteral("2.0"), Reason::Filtered},        {QStringLiteral("2.1"), Reason::Filtered},
        {QStringLiteral("2.2"), Reason::MailboxFull},     {QStringLiteral("2.3"), Reason::ExceedLimit},
        {QStringLiteral("2.4"), Reason::Filtered},        {QStringLiteral("3.0"), Reason::SystemError},
        {QStringLiteral("3.1"), Reason::SystemFull},      {QStringLiteral("3.2"), Reason::NotAccept},
        {QStringLiteral("3.3"), Reason::SystemError},     {QStringLiteral("3.4"), Reason::MesgTooBig},
        {QStringLiteral("3.5"), Reason::SystemError},     {QStringLiteral("4.0"), Reason::NetworkError},
        {QStringLiteral("4.1"), Reason::Expired},         {QStringLiteral("4.2"), Reason::NetworkError},
        {QStringLiteral("4.3"), Reason::SystemError},     {QStringLiteral("4.4"), Reason::HostUnknown},
        {QStringLiteral("4.5"), Reason::SystemFull},      {QStringLiteral("4.6"), Reason::NetworkError},
        {QStringLiteral("4.7"), Reason::Expired},         {QStringLiteral("4.8"), Reason::NetworkError},
        {QStringLiteral("5.2"), Reason::SyntaxError},     {QStringLiteral("5.3"), Reason::TooManyConn},
        {QStringLiteral("5.4"), Reason::SystemError},     {QStringLiteral("5.5"), Reason::SystemError},
        {QStringLiteral("5.6"), Reason::SyntaxError},     {QStringLiteral("6.0"), Reason::ContentError},
        {QStringLiteral("6.1"), Reason::ContentError},    {QStringLiteral("6.2"), Reason::ContentError},
        {QStringLiteral("6.3"), Reason::ContentError},    {QStringLiteral("6.5"), Reason::ContentError},
        {QStringLiteral("6.6"), Reason::ContentError},    {QStringLiteral("6.7"), Reason::ContentError},
        {QStringLiteral("6.8"), Reason::ContentError},    {QStringLiteral("6.9"), Reason::ContentError},
        {QStringLiteral("7.0"), Reason::SecurityError},   {QStringLiteral("7.1"), Reason::SecurityError},
        {QStringLiteral("7.2"), Reason::SecurityError},   {QStringLiteral("7.3"), Reason::SecurityError},
        {QStringLiteral("7.4"), Reason::SecurityError},   {QStringLiteral("7.5"), Reason::SecurityError},
        {QStringLiteral("7.6"), Reason::SecurityError},   {QStringLiteral("7.7"), Reason::SecurityError},
        {QStringLiteral("7.8"), Reason::SecurityError},   {QStringLiteral("7.9"), Reason::SecurityError},
        {QStringLiteral("7.10"), Reason::SecurityError},  {QStringLiteral("7.11"), Reason::SecurityError},
        {QStringLiteral("7.12"), Reason::SecurityError},  {QStringLiteral("7.13"), Reason::Suspend},
        {QStringLiteral("7.14"), Reason::SecurityError},  {QStringLiteral("7.15"), Reason::SecurityError},
        {QStringLiteral("7.16"), Reason::MesgTooBig},     {QStringLiteral("7.17"), Reason::HasMoved},
        {QStringLiteral("7.18"), Reason::HasMoved},       {QStringLiteral("7.19"), Reason::SecurityError},
        {QStringLiteral("7.20"), Reason::AuthFailure},    {QStringLiteral("7.21"), Reason::AuthFailure},
        {QStringLiteral("7.22"), Reason::AuthFailure},    {QStringLiteral("7.23"), Reason::AuthFailure},
        {QStringLiteral("7.24"), Reason::AuthFailure},    {QStringLiteral("7.25"), Reason::RequirePtr},
        {QStringLiteral("7.26"), Reason::AuthFailure},    {QStringLiteral("7.27"), Reason::NotAccept},
        {QStringLiteral("7.28"), Reason::SpamDetected},   {QStringLiteral("7.29"), Reason::AuthFailure},
        {QStringLiteral("7.30"), Reason::FailedStartTls},
    };
    return table;
}

} // namespace

QString StatusCode::normalize(QStringView text)
{
    const QRegularExpressionMatch m = statusPattern().match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

bool StatusCode::isSpecific(const QString &status)
{
    return !status.isEmpty() && !status.endsWith(u".0.0") && !Reasons::isPlaceholderStatus(status);
}

QString StatusCode::joinedReply(const QString &text)
{
    static const QRegularExpression prefix(QStringLiteral(R"((?:^|\s)([245]\d\d[ \-](?:[245]\.\d{1,3}\.\d{1,3}\s)?))"));
    QString joined = text.simplified();
    const QRegularExpressionMatch first = prefix.match(joined);
    if (!first.hasMatch())
        return joined;
    // Later copies of the first line's prefix are continuation markers, not content.
    const QString code = first.captured(1).left(3);
    const QString detail = first.captured(1).mid(4).trimmed();
    QString head = joined.left(first.capturedEnd());
    QString tail = joined.mid(first.capturedEnd());
    for (const QChar separator : {u'-', u' '}) {
        const QString marker = u' ' + code + separator + (detail.isEmpty() ? QString() : detail + u' ');
        tail.replace(marker, QStringLiteral(" "));
    }
    return QString(head + tail).simplified();
}

QString StatusCode::find(QStringView text)
{
    // The code a server wrote right after its reply code ("550-'5.7.1", "550 5.1.1") is its own
    // verdict, more telling than codes a relaying MTA put around it.
    static const QRegularExpression inReply(
        QStringLiteral(R"((?:^|[\s:'"(\[])[245]\d\d[ \-]['"]?([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d))"));
    const QRegularExpressionMatch reply = inReply.match(text);
    // RFC 3463: x.4.7 (delivery time expired) should give way to the code of the actual
    // problem, which relays quote after it ("4.4.7 Message expired ... <421 4.4.2 ...>").
    if (reply.hasMatch() && isSpecific(reply.captured(1)) && !reply.capturedView(1).endsWith(u".4.7"))
        return reply.captured(1);
    if (reply.hasMatch() && isSpecific(reply.captured(1))) {
        QRegularExpressionMatchIterator later = statusPattern().globalMatch(text, reply.capturedEnd(1));
        for (int seen = 0; later.hasNext() && seen < 8; ++seen) {
            const QString code = later.next().captured(0);
            if (isSpecific(code) && code.at(0) == reply.captured(1).at(0) && !code.endsWith(u".4.7"))
                return code;
        }
        return reply.captured(1);
    }
    QString first;
    QRegularExpressionMatchIterator it = statusPattern().globalMatch(text);
    for (int seen = 0; it.hasNext() && seen < 16; ++seen) {
        const QString code = it.next().captured(0);
        if (first.isEmpty())
            first = code;
        if (isSpecific(code))
            return code;
    }
    return first;
}

QString StatusCode::findReplyCode(QStringView text)
{
    const QRegularExpressionMatch m = replyPattern().match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

Reason StatusCode::reasonFor(const QString &status)
{
    if (status.size() < 5 || Reasons::isPlaceholderStatus(status))
        return Reason::Undefined;
    if (status.startsWith(u'2'))
        return Reason::Delivered;
    const QString key = status.mid(2);
    const Reason reason = rfc3463Reasons().value(key, Reason::Undefined);
    // Temporary x.2.1 is a mailbox switched off for now; x.4.4 only means "try later" when temporary.
    // Permanent x.4.1 is not "no answer" in practice: Microsoft uses it for unknown recipients.
    if (key == u"4.1" && status.startsWith(u'5'))
        return Reason::Undefined;
    if (status.startsWith(u'4')) {
        if (key == u"2.1")
            return Reason::Blocked;
        if (key == u"4.4" || key == u"1.0" || key == u"1.1" || key == u"1.3" || key == u"3.0" || key == u"4.0"
            || key == u"7.0")
            return Reason::Undefined;
    }
    return reason;
}

QString StatusCode::preferred(const QString &declared, const QString &found)
{
    if (found.isEmpty())
        return declared;
    if (declared.isEmpty())
        return found;
    if (!isSpecific(declared) && isSpecific(found) && declared.at(0) == found.at(0))
        return found;
    if (!isSpecific(found) || found.at(0) != declared.at(0) || found.endsWith(u".0"))
        return declared;
    // RFC 3463: x.4.7 "delivery time expired" should give way to the actual problem when known.
    const QStringView detail = QStringView(declared).mid(1);
    if (detail == u".4.7")
        return found;
    // A Status field with the subject only (x.7.0), or one of the protocol codes an MTA puts
    // on any refused command (x.5.1 to x.5.5, 5.3.x), is the MTA's own mapping; the remote
    // server's code in the diagnostic says more. So does it over a blanket 5.1.1 that some
    // MTAs give every 550 ("550 5.7.1 IP address blacklisted" under Status: 5.1.1).
    if (declared.endsWith(u".0") || detail == u".5.1" || detail == u".5.2" || detail == u".5.4" || detail == u".5.5"
        || declared.startsWith(u"5.3."))
        return found;
    if (declared == u"5.1.1" && !found.startsWith(u"5.5."))
        return found;
    return declared;
}

} // namespace Vigie::Bounce
