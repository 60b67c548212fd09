#pragma once

#include "Reason.h"

#include <QString>

namespace Vigie::Bounce {

// One recipient a report is about, with everything the report says and what Vigie makes of it.
struct FailedRecipient
{
    QString recipient; // the bounced address
    QString action; // RFC 3464 action: failed, delayed, delivered, relayed, expanded
    QString status; // RFC 3463 code, or Sisimai's x.0.9yy placeholder when the report has none
    QString replyCode; // SMTP reply code ("550"), empty when the report has none
    QString diagnostic; // the server's text, whitespace collapsed
    QString remoteMta;
    QString reportingMta;
    QString command; // the SMTP command the error answered (RCPT, DATA...), when known
    Reason reason = Reason::Undefined;
    bool hard = false;

    bool operator==(const FailedRecipient &) const = default;
};

} // namespace Vigie::Bounce
