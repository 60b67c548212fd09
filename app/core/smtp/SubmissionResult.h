#pragma once

#include "Capabilities.h"
#include "Exchange.h"
#include "RecipientResult.h"
#include "SmtpReply.h"
#include "SubmissionStep.h"
#include "net/ServiceError.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Vigie::Smtp {

// How one submission ended, with every reply the server gave on the way.
//  - Accepted: the server took the message for at least one recipient; reply is the final
//    "250 ... queued as X" and queueId the server's id for it (its text when no id is recognised).
//    Recipients refused while others were accepted show in recipients.
//  - Rejected: the server refused the transaction at step (MAIL, RCPT, DATA or the message
//    body) with reply, 4xx or 5xx: this is mail-flow evidence, not a connection problem.
//  - Failed: no verdict on the message: error says why (network, timeout, TLS, authentication,
//    protocol, 421 service closing, cancelled); reply is the server's reply that caused it, if any.
struct SubmissionResult
{
    enum class Outcome { Accepted, Rejected, Failed };

    Outcome outcome = Outcome::Failed;
    SubmissionStep step = SubmissionStep::Connect;
    SmtpReply reply;
    Net::ServiceError error;
    QString queueId;
    QList<RecipientResult> recipients;
    QList<Exchange> exchanges;
    Capabilities capabilities; // from the last EHLO (after STARTTLS when there was one)
    bool encrypted = false;
    QByteArray authMechanism; // empty: no AUTH
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isAccepted() const { return outcome == Outcome::Accepted; }
    bool isRejected() const { return outcome == Outcome::Rejected; }
    bool isFailed() const { return outcome == Outcome::Failed; }
    // The first reply received at step, or an invalid reply.
    SmtpReply replyAt(SubmissionStep step) const;

    bool operator==(const SubmissionResult &) const = default;
};

QString toString(SubmissionResult::Outcome outcome);

} // namespace Vigie::Smtp
