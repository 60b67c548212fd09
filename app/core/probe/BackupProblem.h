#pragma once

#include "net/ServiceError.h"
#include "smtp/SubmissionStep.h"

#include <QDateTime>

namespace Vigie::Probe {

// The backup account could not send a probe (its server was unreachable, refused the login or
// the sender), or its mailbox, where the bounces of probes come back, cannot be watched. That
// says nothing about the primary mailbox, but the owner must know, since the backup is where
// mail goes in an outage.
struct BackupProblem
{
    enum class Service { Submission, Mailbox };

    QDateTime at;
    Service service = Service::Submission;
    Smtp::SubmissionStep step = Smtp::SubmissionStep::Connect; // for Submission
    Net::ServiceError error; // kind, and the server's reply code and text when it refused

    bool operator==(const BackupProblem &) const = default;
};

} // namespace Vigie::Probe
