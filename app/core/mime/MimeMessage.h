#pragma once

#include "MimePart.h"

#include <QList>

namespace Vigie::Mime {

// The walked message as a flat list in document order: parts[0] is the message itself.
struct MimeMessage
{
    QList<MimePart> parts;
    bool truncated = false; // a MimeLimits cap stopped the walk early

    const MimePart &root() const { return parts.constFirst(); }
    // The first part of that MIME type (lower case), or nullptr.
    const MimePart *find(QByteArrayView mimeType) const;
    // The first part of that type below the part at index ancestor.
    const MimePart *findBelow(int ancestor, QByteArrayView mimeType) const;
    bool isBelow(int index, int ancestor) const;

    bool operator==(const MimeMessage &) const = default;
};

} // namespace Vigie::Mime
