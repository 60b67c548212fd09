#include "MimePart.h"

#include "Charsets.h"

namespace Vigie::Mime {

QString MimePart::text() const
{
    return Charsets::toUnicode(body, contentType.parameter("charset"));
}

bool MimePart::isAttachment() const
{
    return headers.raw("content-disposition").trimmed().toLower().startsWith("attachment");
}

} // namespace Vigie::Mime
