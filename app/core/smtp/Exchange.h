#pragma once

#include "SmtpReply.h"
#include "SubmissionStep.h"

#include <QByteArray>

namespace Vigie::Smtp {

// One reply and the command it answered, as logged (credentials redacted): the evidence trail.
struct Exchange
{
    SubmissionStep step = SubmissionStep::Greeting;
    QByteArray command; // empty for the greeting
    SmtpReply reply;

    bool operator==(const Exchange &) const = default;
};

} // namespace Vigie::Smtp
