#include "ProbeMessage.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>
#include <array>

namespace Vigie::Smtp {

namespace {

constexpr qsizetype BodyWidth = 72;

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
}

QByteArray domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QByteArray ace = at < 0 ? QByteArray() : QUrl::toAce(address.mid(at + 1));
    return ace.isEmpty() ? QByteArrayLiteral("vigie.invalid") : ace;
}

// RFC 2047 "B" encoded-words of at most 75 characters, split between UTF-8 sequences.
QByteArray encodeHeaderText(const QString &text)
{
    if (isAscii(text))
        return text.toLatin1();
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray piece = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + piece.size() > 45) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += piece;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray wrapAscii(const QString &paragraphs)
{
    QByteArray out;
    for (const QString &paragraph : paragraphs.split(u'\n')) {
        QByteArray line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > BodyWidth) {
                out += line + "\r\n";
                line.clear();
            }
            line += (line.isEmpty() ? QByteArray() : QByteArray(" ")) + word.toLatin1();
        }
        out += line + "\r\n";
    }
    return out;
}

QByteArray wrapBase64(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

} // namespace

QString ProbeMessage::newToken()
{
    std::array<quint32, TokenBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), TokenBytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool ProbeMessage::isWellFormedToken(QStringView token)
{
    // 24 bytes are 32 base64 characters; accept longer tokens from a future version.
    if (token.size() < 22 || token.size() > 128)
        return false;
    return std::all_of(token.begin(), token.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
    });
}

QString ProbeMessage::tokenFromMessageId(QStringView messageId)
{
    QStringView id = messageId.trimmed();
    if (id.startsWith(u'<') && id.endsWith(u'>'))
        id = id.mid(1, id.size() - 2);
    const QStringView prefix = u"vigie-probe.";
    const qsizetype at = id.indexOf(u'@');
    if (!id.startsWith(prefix) || at < 0)
        return {};
    const QStringView token = id.mid(prefix.size(), at - prefix.size());
    return isWellFormedToken(token) ? token.toString() : QString();
}

ProbeMessage ProbeMessage::build(const QString &from, const QString &to, const QDateTime &date, const QString &token)
{
    ProbeMessage probe;
    probe.m_token = token;
    probe.m_from = from;
    probe.m_to = to;
    probe.m_date = date;
    probe.m_messageId = "vigie-probe." + token.toLatin1() + '@' + domainOf(from);

    // Read by people only when something goes wrong: the provider's staff, or the owner.
    const QString subject = tr("Vigie deliverability check");
    const QString body = tr("This is an automated deliverability check sent by Vigie, a program that watches "
                            "this mailbox for its owner. It was sent from %1 to %2 to confirm that mail "
                            "reaches this mailbox. It needs no action and is removed automatically.")
                             .arg(from, to)
        + QStringLiteral("\n\n") + QString::fromLatin1(headerName()) + QStringLiteral(": ") + token;

    const bool asciiBody = isAscii(body);
    QByteArray message;
    message += "From: Vigie <" + from.toUtf8() + ">\r\n";
    message += "To: <" + to.toUtf8() + ">\r\n";
    message += "Subject: " + encodeHeaderText(subject) + "\r\n";
    // RFC 5322 section 3.3 in UTC, day name included (Qt::RFC2822Date leaves it out).
    message += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, d MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000\r\n";
    message += "Message-ID: <" + probe.m_messageId + ">\r\n";
    message += headerName() + ": " + token.toLatin1() + "\r\n";
    message += "Auto-Submitted: auto-generated\r\n";
    // Keeps Exchange-style out-of-office replies from answering the probe.
    message += "X-Auto-Response-Suppress: All\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += asciiBody ? "Content-Transfer-Encoding: 7bit\r\n" : "Content-Transfer-Encoding: base64\r\n";
    message += "\r\n";
    message += asciiBody ? wrapAscii(body) : wrapBase64(body.toUtf8());
    probe.m_bytes = message;
    return probe;
}

Envelope ProbeMessage::envelope() const
{
    Envelope envelope;
    envelope.sender = m_from;
    envelope.recipients = {m_to};
    envelope.envelopeId = m_token.toLatin1();
    envelope.requestDeliveryStatus = true;
    return envelope;
}

} // namespace Vigie::Smtp
