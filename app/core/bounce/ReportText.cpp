#include "ReportText.h"

#include <QRegularExpression>

namespace Vigie::Bounce {

namespace {

// True if the part belongs to the report itself, not to a quoted message inside it.
bool isOwnPart(const Mime::MimeMessage &message, int index)
{
    for (int i = message.parts.at(index).parent; i > 0; i = message.parts.at(i).parent) {
        if (message.parts.at(i).kind == Mime::MimePart::Kind::Message)
            return false;
    }
    return true;
}

} // namespace

QString ReportText::fromHtml(const QString &html)
{
    static const QRegularExpression blocks(QStringLiteral(R"(<\s*(?:br|/p|/div|/tr|/li|p|div|tr)\b[^>]*>)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral(R"(<[^>]{0,2000}>)"));
    static const QRegularExpression styles(QStringLiteral(R"(<(style|script|head)\b.*?</\1\s*>)"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    QString text = html.left(256 * 1024);
    text.remove(styles);
    text.replace(blocks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString ReportText::of(const Mime::MimeMessage &message)
{
    const Mime::MimePart *html = nullptr;
    for (int i = 0; i < message.parts.size(); ++i) {
        const Mime::MimePart &part = message.parts.at(i);
        if (!part.contentType.isText() || part.body.isEmpty() || !isOwnPart(message, i))
            continue;
        if (part.contentType.mimeType == "text/plain")
            return part.text();
        if (part.contentType.mimeType == "text/html" && !html)
            html = &part;
    }
    return html ? fromHtml(html->text()) : QString();
}

} // namespace Vigie::Bounce
