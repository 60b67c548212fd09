#pragma once

#include "FailedRecipient.h"
#include "OriginalMessage.h"

#include <QList>

namespace Vigie::Bounce {

// The classifier's verdict on one message.
struct BounceReport
{
    enum class Kind {
        NotReport, // ordinary mail
        Failure, // a delivery failed or is delayed for at least one recipient
        Delivered, // a DSN that only reports success
        AutoReply, // RFC 3834 vacation or other automatic answer
        Feedback, // RFC 5965 abuse or authentication-failure report
    };

    Kind kind = Kind::NotReport;
    QList<FailedRecipient> recipients;
    OriginalMessage original;
    QString feedbackType; // ARF Feedback-Type, for Kind::Feedback

    // True when a mail system reports trouble with a message sent from here.
    bool isBounce() const { return kind == Kind::Failure; }
    bool operator==(const BounceReport &) const = default;
};

} // namespace Vigie::Bounce
