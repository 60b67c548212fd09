#pragma once

#include <QByteArray>

namespace Vigie::Mime {

// Content-Transfer-Encoding decoding. Damaged input decodes as far as it makes sense and the
// rest is skipped: a bounce with a broken base64 part still yields its readable parts.
class TransferEncoding
{
public:
    static QByteArray decode(const QByteArray &body, const QByteArray &encoding);
    static QByteArray fromBase64(const QByteArray &data);
    // underscoreIsSpace: the RFC 2047 "Q" variant.
    static QByteArray fromQuotedPrintable(const QByteArray &data, bool underscoreIsSpace = false);
};

} // namespace Vigie::Mime
