#include "MimeMessage.h"

namespace Vigie::Mime {

const MimePart *MimeMessage::find(QByteArrayView mimeType) const
{
    for (const MimePart &part : parts) {
        if (part.contentType.mimeType == mimeType)
            return &part;
    }
    return nullptr;
}

const MimePart *MimeMessage::findBelow(int ancestor, QByteArrayView mimeType) const
{
    for (int i = ancestor + 1; i < parts.size(); ++i) {
        if (parts.at(i).contentType.mimeType == mimeType && isBelow(i, ancestor))
            return &parts.at(i);
    }
    return nullptr;
}

bool MimeMessage::isBelow(int index, int ancestor) const
{
    for (int i = parts.value(index).parent; i >= 0; i = parts.at(i).parent) {
        if (i == ancestor)
            return true;
    }
    return false;
}

} // namespace Vigie::Mime
