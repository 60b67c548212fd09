#pragma once

#include <QList>
#include <QString>

namespace Vigie::Bounce {

// The fields of an RFC 3464 (or RFC 6533 global) message/delivery-status part.
struct DeliveryStatus
{
    struct Recipient
    {
        QString finalRecipient; // address only, the "rfc822;" type removed
        QString originalRecipient;
        QString action;
        QString status;
        QString diagnosticType; // "smtp", "x-unix", ...
        QString diagnostic;
        QString remoteMta;
        QString lastAttemptDate;

        bool operator==(const Recipient &) const = default;
    };

    QString reportingMta;
    QString arrivalDate;
    QList<Recipient> recipients;

    bool operator==(const DeliveryStatus &) const = default;
};

} // namespace Vigie::Bounce
