#pragma once

#include <QByteArray>
#include <QMap>

namespace Vigie::Mime {

// A parsed Content-Type (or Content-Disposition) value: lower-cased "type/subtype" and its
// parameters with lower-cased names. Quoted strings, comments and RFC 2231 continuations are
// understood; anything unparsable falls back to text/plain as RFC 2045 says.
struct ContentType
{
    QByteArray mimeType = QByteArrayLiteral("text/plain");
    QMap<QByteArray, QByteArray> parameters;

    static ContentType parse(const QByteArray &value);
    QByteArray parameter(const QByteArray &name) const { return parameters.value(name); }
    bool isMultipart() const { return mimeType.startsWith("multipart/"); }
    bool isText() const { return mimeType.startsWith("text/"); }

    bool operator==(const ContentType &) const = default;
};

} // namespace Vigie::Mime
