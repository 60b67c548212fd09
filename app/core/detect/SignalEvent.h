#pragma once

#include "net/ServiceError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Vigie::Detect {

// One piece of news for the incident state machine, from whichever part of Vigie saw it: the
// IMAP watcher (arrivals, probes arriving, access failures), the probe scheduler (overdue),
// the SMTP client (submission replies), the bounce classifier (DSNs), the silence detector,
// or the owner. Built with the named constructors; every field is kept as evidence.
struct SignalEvent
{
    enum class Kind {
        MailArrived, // an ordinary message reached the primary INBOX
        ProbeArrived, // a probe made the round trip (roundTripMs)
        ProbeOverdue, // a probe has not arrived in time
        ProbeBounced, // a DSN about a probe came back (severity, evidence = raw DSN, happened, foundLate)
        SubmissionRejected, // the backup's submission server refused a probe (smtpStage, smtpCode)
        SilenceAlarm, // the learned silence is improbable (score, threshold)
        OwnerAddressBounced, // a bounce about the owner's own address was found (as ProbeBounced)
        AccessFailureStarted, // the primary mailbox cannot be reached (errorKind)
        AccessFailureEnded, // it can again
        AuthenticationFailed, // the primary refused the credentials: the owner must act
        SnoozeRequested, // the owner: no alarm for snoozeHours
        OutageDeclared, // the owner: this is an outage
        ResolvedDeclared, // the owner: it is over
        TimePassed, // nothing happened for long enough (a cool-down, a grace period)
        DeferralExpired, // mail has been held by a deferral for longer than its grace period
        ProbesUnavailable, // the backup account cannot send probes: none will answer a doubt
    };
    // How final a bounce or an SMTP reply is: 5xx / failed is permanent, 4xx / delayed transient.
    enum class Severity { None, Transient, Permanent };
    enum class SmtpStage { None, Connect, Authentication, MailFrom, RcptTo, Data };

    Kind kind = Kind::MailArrived;
    QDateTime at; // when Vigie learned it
    // When the message behind it (a letter, a probe, a report) reached its mailbox, as the server
    // dated it (INTERNALDATE); invalid: unknown.
    QDateTime happened;
    // The report was delivered well before Vigie read it (found on connecting, or moved in from
    // another folder): it tells of the past, not of the present.
    bool foundLate = false;
    QString probeToken;
    qint64 roundTripMs = -1;
    Severity severity = Severity::None;
    SmtpStage smtpStage = SmtpStage::None;
    QByteArray smtpCode; // "550 5.1.1", or a DSN's Status: "5.1.1"
    QString evidence; // the raw DSN or SMTP reply text, verbatim
    double score = 0;
    double threshold = 0;
    Net::ServiceError::Kind errorKind = Net::ServiceError::Kind::None;
    int snoozeHours = 0;

    static SignalEvent mailArrived(const QDateTime &at, const QDateTime &delivered = {});
    static SignalEvent probeArrived(const QDateTime &at, const QString &token, qint64 roundTripMs,
                                    const QDateTime &delivered = {});
    static SignalEvent probeOverdue(const QDateTime &at, const QString &token);
    static SignalEvent probeBounced(const QDateTime &at, const QString &token, Severity severity,
                                    const QByteArray &status, const QString &rawDsn);
    static SignalEvent submissionRejected(const QDateTime &at, const QString &token, SmtpStage stage,
                                          const QByteArray &replyCode, const QString &replyText);
    static SignalEvent silenceAlarm(const QDateTime &at, double score, double threshold);
    static SignalEvent ownerAddressBounced(const QDateTime &at, Severity severity, const QByteArray &status,
                                           const QString &rawDsn);
    static SignalEvent accessFailureStarted(const QDateTime &at, const Net::ServiceError &error);
    static SignalEvent accessFailureEnded(const QDateTime &at);
    static SignalEvent authenticationFailed(const QDateTime &at, const Net::ServiceError &error);
    static SignalEvent snoozeRequested(const QDateTime &at, int hours);
    static SignalEvent outageDeclared(const QDateTime &at);
    static SignalEvent resolvedDeclared(const QDateTime &at);
    static SignalEvent timePassed(const QDateTime &at);
    static SignalEvent deferralExpired(const QDateTime &at);
    static SignalEvent probesUnavailable(const QDateTime &at);

    // This signal with the account of its report: when it arrived, and whether found late.
    SignalEvent fromReport(const QDateTime &arrived, bool late) const;

    // A stable identifier for the timeline: "probe-overdue", "silence-alarm", ...
    QString name() const;
    // The measured values as compact JSON, for the timeline's detail column.
    QString detailJson() const;
    bool isOverride() const;
    bool isAboutAccess() const;
    // A refusal at RCPT or DATA is about the recipient, the owner; earlier ones are about the
    // backup account that sends the probes, and say nothing about the primary mailbox.
    bool isAboutRecipient() const;

    bool operator==(const SignalEvent &) const = default;
};

} // namespace Vigie::Detect
