#pragma once

#include "DeliveryStatus.h"

#include <QByteArray>

namespace Vigie::Bounce {

// Parses the body of a delivery-status part: one per-message field group, then one group per
// recipient. Groups are usually separated by blank lines; when an MTA omits them, a repeated
// recipient field starts the next group.
class DeliveryStatusParser
{
public:
    static DeliveryStatus parse(const QByteArray &body);
    // "rfc822; <a@b>" -> "a@b"
    static QString addressValue(const QString &value);
};

} // namespace Vigie::Bounce
