#include "OriginalMessageExtractor.h"

#include <QRegularExpression>

namespace Vigie::Bounce {

namespace {

const QRegularExpression &headerLine()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^[ \t]*(?:Return-Path|Received|Message-I[Dd]|From|To|Subject|Date|DKIM-Signature|MIME-Version|X-[A-Za-z-]+):[ \t])"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString bareMessageId(QString value)
{
    value = value.trimmed();
    const qsizetype open = value.indexOf(u'<');
    const qsizetype close = value.indexOf(u'>', open + 1);
    if (open >= 0 && close > open)
        return value.mid(open + 1, close - open - 1).trimmed();
    return value;
}

} // namespace

OriginalMessage OriginalMessageExtractor::fromHeaders(const Mime::HeaderBlock &headers)
{
    OriginalMessage original;
    original.messageId = bareMessageId(headers.text("message-id"));
    original.subject = headers.text("subject").simplified();
    original.from = headers.text("from").simplified();
    original.to = headers.text("to").simplified();
    original.probeToken = headers.text("x-vigie-probe").trimmed();
    return original;
}

Mime::HeaderBlock OriginalMessageExtractor::quotedHeaders(const QString &text, qsizetype from)
{
    const QRegularExpressionMatch m = headerLine().match(text, from);
    if (!m.hasMatch())
        return {};
    // Quoted headers are often indented by the report; HeaderBlock wants them at column 0.
    QByteArray block;
    const QStringList lines = text.mid(m.capturedStart(), 64 * 1024).split(u'\n');
    const qsizetype indent = lines.constFirst().size() - lines.constFirst().trimmed().size();
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            break;
        const QString unindented = line.left(indent).trimmed().isEmpty() ? line.mid(indent) : line;
        block += unindented.toUtf8() + '\n';
    }
    return Mime::HeaderBlock::parse(block, 400);
}

OriginalMessage OriginalMessageExtractor::extract(const Mime::MimeMessage &message, const QString &reportText)
{
    for (int i = 1; i < message.parts.size(); ++i) {
        const Mime::MimePart &part = message.parts.at(i);
        if (part.kind == Mime::MimePart::Kind::Message || part.kind == Mime::MimePart::Kind::HeadersOnly) {
            const OriginalMessage original = fromHeaders(part.headers);
            if (!original.isEmpty())
                return original;
        }
    }
    if (reportText.isEmpty())
        return {};
    return fromHeaders(quotedHeaders(reportText, 0));
}

} // namespace Vigie::Bounce
