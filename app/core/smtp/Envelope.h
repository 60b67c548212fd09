#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Vigie::Smtp {

// The SMTP envelope of one submission: who the delivery reports go back to, who receives it,
// and the envelope id (RFC 3461 ENVID) that a delivery status notification quotes, so that a
// bounce can be tied back to the submission that caused it.
struct Envelope
{
    QString sender;
    QStringList recipients;
    QByteArray envelopeId; // printable ASCII; empty: none
    // When the server offers DSN: RET=HDRS on MAIL, NOTIFY=FAILURE,DELAY and ORCPT on RCPT.
    bool requestDeliveryStatus = true;

    bool operator==(const Envelope &) const = default;
};

} // namespace Vigie::Smtp
