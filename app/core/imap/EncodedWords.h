#pragma once

#include <QByteArray>
#include <QString>

namespace Vigie::Imap {

// RFC 2047 encoded words ("=?utf-8?q?Caf=C3=A9?=") as ENVELOPE fields carry them. Unknown
// charsets and broken words are kept as sent rather than dropped; raw 8-bit is read as UTF-8.
class EncodedWords
{
public:
    static QString decode(const QByteArray &text);
};

} // namespace Vigie::Imap
