#pragma once

#include "BounceReport.h"

#include <QString>

namespace Vigie::Bounce {

// Amazon SES event notifications delivered by e-mail (through SNS): a JSON document in the
// body, {"notificationType":"Bounce","bounce":{"bouncedRecipients":[...]}} and its Delivery and
// Complaint siblings, optionally wrapped in an SNS envelope whose "Message" is that JSON.
class SesNotificationParser
{
public:
    // Kind::NotReport when text is not such a notification.
    static BounceReport parse(const QString &text);
};

} // namespace Vigie::Bounce
