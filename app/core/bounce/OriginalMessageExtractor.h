#pragma once

#include "OriginalMessage.h"

#include "mime/HeaderBlock.h"
#include "mime/MimeMessage.h"

namespace Vigie::Bounce {

// Finds the headers of the message a report is about: in a message/rfc822 or
// text/rfc822-headers part, or quoted as text after the report in a plain-text bounce.
class OriginalMessageExtractor
{
public:
    static OriginalMessage extract(const Mime::MimeMessage &message, const QString &reportText);
    static OriginalMessage fromHeaders(const Mime::HeaderBlock &headers);
    // The header block quoted in text at or after from, or an empty block.
    static Mime::HeaderBlock quotedHeaders(const QString &text, qsizetype from);
};

} // namespace Vigie::Bounce
