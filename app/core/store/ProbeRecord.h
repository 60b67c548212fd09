#pragma once

#include <QDateTime>
#include <QString>

namespace Vigie::Store {

// One canary probe and everything that happened to it, kept as evidence: the submission's
// outcome with every SMTP reply, then its arrival, its bounce or delay report (with the raw DSN)
// or its lateness.
struct ProbeRecord
{
    QString token;
    QDateTime sent;
    // pending, accepted, rejected, failed; abandoned: Vigie stopped before the server's verdict
    // (sent or not, nobody knows: it may still arrive)
    QString outcome = QStringLiteral("pending");
    QString submissionStep; // where a refusal or failure happened
    QString submissionCode; // "550 5.1.1", or the error kind
    QString queueId;
    QString smtpReplies; // the transcript, "C: ..." / "S: ..." lines
    QDateTime arrived;
    qint64 roundTripMs = -1;
    QDateTime bounced;
    QString bounceReason; // the reason, status and DSN of the latest report, a failure or a delay
    QString bounceStatus;
    QString bounceDsn;
    QDateTime overdue;
    QDateTime removed;
    QDateTime delayed; // a relay reported it queued (Action: delayed): still in flight

    // Still waiting for news: accepted (or not yet answered), neither arrived nor bounced.
    bool isOutstanding() const
    {
        return (outcome == u"pending" || outcome == u"accepted") && !arrived.isValid() && !bounced.isValid();
    }
    bool operator==(const ProbeRecord &) const = default;
};

} // namespace Vigie::Store
