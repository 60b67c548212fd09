#include "TransferEncoding.h"

namespace Vigie::Mime {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray TransferEncoding::decode(const QByteArray &body, const QByteArray &encoding)
{
    const QByteArray name = encoding.trimmed().toLower();
    if (name == "base64")
        return fromBase64(body);
    if (name == "quoted-printable")
        return fromQuotedPrintable(body);
    return body;
}

QByteArray TransferEncoding::fromBase64(const QByteArray &data)
{
    // QByteArray::fromBase64 stops at the first stray character; mail often has spaces, line
    // breaks and trailing junk, so keep only the alphabet first.
    QByteArray clean(data.size(), Qt::Uninitialized);
    char *o = clean.data();
    for (const char c : data) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/')
            *o++ = c;
        else if (c == '=')
            break;
    }
    clean.truncate(o - clean.constData());
    if (clean.size() % 4 == 1)
        clean.chop(1); // a lone sextet carries no whole byte
    return QByteArray::fromBase64(clean);
}

QByteArray TransferEncoding::fromQuotedPrintable(const QByteArray &data, bool underscoreIsSpace)
{
    QByteArray out;
    out.reserve(data.size());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data.at(i);
        if (c == '_' && underscoreIsSpace) {
            out.append(' ');
            continue;
        }
        if (c != '=') {
            out.append(c);
            continue;
        }
        // Soft line break: "=" then optional trailing blanks then LF.
        qsizetype j = i + 1;
        while (j < n && (data.at(j) == ' ' || data.at(j) == '\t'))
            ++j;
        if (j < n && data.at(j) == '\n') {
            i = j;
            continue;
        }
        if (j >= n) {
            i = j;
            continue;
        }
        if (i + 2 < n && hexValue(data.at(i + 1)) >= 0 && hexValue(data.at(i + 2)) >= 0) {
            out.append(char(hexValue(data.at(i + 1)) * 16 + hexValue(data.at(i + 2))));
            i += 2;
            continue;
        }
        out.append(c); // a lone "=" that is not an escape stays as written
    }
    return out;
}

} // namespace Vigie::Mime
