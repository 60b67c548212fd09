#pragma once

#include "ContentType.h"
#include "HeaderBlock.h"

#include <QByteArray>
#include <QString>

namespace Vigie::Mime {

// One entity of a walked message. Containers (multipart, message/rfc822) have an empty body;
// their contents follow as parts whose parent is this part's index.
struct MimePart
{
    enum class Kind {
        Message, // the top-level message or one embedded as message/rfc822
        HeadersOnly, // the headers of a text/rfc822-headers part
        Body, // a body part of a multipart
    };

    Kind kind = Kind::Body;
    HeaderBlock headers;
    ContentType contentType;
    QByteArray body; // transfer-decoded bytes of a leaf part
    int parent = -1;
    int depth = 0;

    QString text() const;
    bool isAttachment() const;

    bool operator==(const MimePart &) const = default;
};

} // namespace Vigie::Mime
