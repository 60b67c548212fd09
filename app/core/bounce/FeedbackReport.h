#pragma once

#include <QList>
#include <QString>

namespace Vigie::Bounce {

// The fields of an RFC 5965 message/feedback-report part that say what was reported.
struct FeedbackReport
{
    QString feedbackType; // abuse, auth-failure, fraud, not-spam, virus, other
    QString userAgent;
    QString sourceIp;
    QString originalMailFrom;
    QList<QString> originalRcptTo;
    QString reportedDomain;
    QString arrivalDate;

    bool operator==(const FeedbackReport &) const = default;
};

} // namespace Vigie::Bounce
