#include "SmtpReply.h"

namespace Vigie::Smtp {

namespace {

// Digits then a dot, 1 to 3 digits each part except the class (RFC 3463: class "." subject "." detail).
qsizetype digitRun(const QString &text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && end - from < 4 && text.at(end).isDigit() && text.at(end).unicode() < 128)
        ++end;
    return end - from;
}

} // namespace

QByteArray SmtpReply::enhancedStatusOf(int code, const QString &line, qsizetype *textStart)
{
    if (textStart)
        *textStart = 0;
    if (line.size() < 5 || line.at(0).unicode() != u'0' + code / 100 || line.at(1) != u'.')
        return {};
    const qsizetype subject = digitRun(line, 2);
    if (subject < 1 || subject > 3 || 2 + subject >= line.size() || line.at(2 + subject) != u'.')
        return {};
    const qsizetype detailStart = 3 + subject;
    const qsizetype detail = digitRun(line, detailStart);
    if (detail < 1 || detail > 3)
        return {};
    const qsizetype end = detailStart + detail;
    if (end < line.size() && line.at(end) != u' ')
        return {};
    if (textStart)
        *textStart = end < line.size() ? end + 1 : end;
    return line.left(end).toLatin1();
}

QByteArray SmtpReply::responseCode() const
{
    QByteArray result = QByteArray::number(code);
    if (!enhancedStatus.isEmpty())
        result += ' ' + enhancedStatus;
    return result;
}

QString SmtpReply::text() const
{
    QStringList stripped;
    stripped.reserve(lines.size());
    for (const QString &line : lines) {
        qsizetype start = 0;
        if (!enhancedStatus.isEmpty())
            enhancedStatusOf(code, line, &start);
        stripped.append(line.mid(start));
    }
    return stripped.join(u'\n');
}

QStringList SmtpReply::wireLines() const
{
    QStringList result;
    const QString number = QString::number(code);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QChar separator = i + 1 < lines.size() ? u'-' : u' ';
        result.append(lines.at(i).isEmpty() && separator == u' ' ? number : number + separator + lines.at(i));
    }
    if (result.isEmpty())
        result.append(number);
    return result;
}

} // namespace Vigie::Smtp
