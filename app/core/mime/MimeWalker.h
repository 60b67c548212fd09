#pragma once

#include "MimeLimits.h"
#include "MimeMessage.h"

#include <QByteArray>

namespace Vigie::Mime {

// Walks a raw message into its parts: header blocks, multipart nesting, message/rfc822 and
// text/rfc822-headers, transfer decoding. Never fails: damaged structure degrades into text
// parts, and every loop is bounded by the input size and MimeLimits.
class MimeWalker
{
public:
    explicit MimeWalker(MimeLimits limits = {});

    MimeMessage walk(const QByteArray &rawMessage) const;

private:
    void walkEntity(MimeMessage &message, QByteArrayView data, int parent, int depth, MimePart::Kind kind) const;
    void walkMultipart(MimeMessage &message, QByteArrayView body, int parent, int depth) const;

    MimeLimits m_limits;
};

} // namespace Vigie::Mime
