#include "EncodedWords.h"

#include <QStringDecoder>

#include <algorithm>

namespace Vigie::Imap {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray decodeQ(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < text.size() && hexValue(text.at(i + 1)) >= 0
                   && hexValue(text.at(i + 2)) >= 0) {
            out.append(char(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2))));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

// One word "=?charset?enc?text?=" starting at text[0]; returns its length, or 0 if it is not one.
qsizetype decodeWord(QByteArrayView text, QString *decoded)
{
    if (!text.startsWith("=?"))
        return 0;
    const qsizetype q1 = text.first(std::min<qsizetype>(text.size(), 128)).indexOf('?', 2);
    if (q1 < 0 || q1 + 2 >= text.size() || text.at(q1 + 2) != '?')
        return 0;
    // RFC 2047 words are at most 75 characters; looking further for "?=" from every "=?" of a
    // hostile header would be quadratic.
    const qsizetype end = text.first(std::min<qsizetype>(text.size(), 1024)).indexOf("?=", q1 + 3);
    if (end < 0)
        return 0;
    QByteArray charset = text.sliced(2, q1 - 2).toByteArray();
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star); // RFC 2231 language tag
    const char encoding = text.at(q1 + 1);
    const QByteArrayView payload = text.sliced(q1 + 3, end - q1 - 3);
    QByteArray bytes;
    if (encoding == 'q' || encoding == 'Q')
        bytes = decodeQ(payload);
    else if (encoding == 'b' || encoding == 'B')
        bytes = QByteArray::fromBase64(payload.toByteArray());
    else
        return 0;
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return 0;
    *decoded = decoder.decode(bytes);
    return end + 2;
}

} // namespace

QString EncodedWords::decode(const QByteArray &text)
{
    if (!text.contains("=?"))
        return QString::fromUtf8(text);
    QString result;
    qsizetype pos = 0;
    qsizetype pendingSpaceStart = -1; // whitespace between two encoded words is dropped
    bool lastWasWord = false;
    while (pos < text.size()) {
        QString word;
        const qsizetype length = decodeWord(QByteArrayView(text).sliced(pos), &word);
        if (length > 0) {
            if (pendingSpaceStart >= 0 && !lastWasWord)
                result += QString::fromUtf8(text.sliced(pendingSpaceStart, pos - pendingSpaceStart));
            result += word;
            pos += length;
            lastWasWord = true;
            pendingSpaceStart = -1;
            continue;
        }
        const char c = text.at(pos);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            if (pendingSpaceStart < 0)
                pendingSpaceStart = pos;
            ++pos;
            continue;
        }
        qsizetype next = pos;
        while (next < text.size() && text.at(next) != ' ' && text.at(next) != '\t'
               && !(next > pos && text.at(next) == '=' && next + 1 < text.size() && text.at(next + 1) == '?'))
            ++next;
        if (pendingSpaceStart >= 0)
            result += QString::fromUtf8(text.sliced(pendingSpaceStart, pos - pendingSpaceStart));
        result += QString::fromUtf8(text.sliced(pos, next - pos));
        pendingSpaceStart = -1;
        lastWasWord = false;
        pos = next;
    }
    return result;
}

} // namespace Vigie::Imap
