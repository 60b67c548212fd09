#pragma once

#include <QByteArray>
#include <QString>

namespace Vigie::Mime {

// RFC 2047 encoded words in a header value ("=?utf-8?B?...?="), plus raw 8-bit bytes that
// non-conforming mailers put in headers. Adjacent words in the same charset are joined before
// decoding, because mailers split multi-byte characters across words.
class EncodedWords
{
public:
    static QString decode(const QByteArray &value);
};

} // namespace Vigie::Mime
