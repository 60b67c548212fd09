#include "SignalEvent.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Vigie::Detect {

namespace {

SignalEvent make(SignalEvent::Kind kind, const QDateTime &at)
{
    SignalEvent event;
    event.kind = kind;
    event.at = at;
    return event;
}

QString severityName(SignalEvent::Severity severity)
{
    switch (severity) {
    case SignalEvent::Severity::None:
        return {};
    case SignalEvent::Severity::Transient:
        return QStringLiteral("transient");
    case SignalEvent::Severity::Permanent:
        return QStringLiteral("permanent");
    }
    return {};
}

QString stageName(SignalEvent::SmtpStage stage)
{
    static const char *const names[] = {"", "connect", "auth", "mail-from", "rcpt-to", "data"};
    return QLatin1String(names[int(stage)]);
}

} // namespace

SignalEvent SignalEvent::mailArrived(const QDateTime &at, const QDateTime &delivered)
{
    SignalEvent event = make(Kind::MailArrived, at);
    event.happened = delivered;
    return event;
}

SignalEvent SignalEvent::probeArrived(const QDateTime &at, const QString &token, qint64 roundTripMs,
                                      const QDateTime &delivered)
{
    SignalEvent event = make(Kind::ProbeArrived, at);
    event.happened = delivered;
    event.probeToken = token;
    event.roundTripMs = roundTripMs;
    return event;
}

SignalEvent SignalEvent::probeOverdue(const QDateTime &at, const QString &token)
{
    SignalEvent event = make(Kind::ProbeOverdue, at);
    event.probeToken = token;
    return event;
}

SignalEvent SignalEvent::probeBounced(const QDateTime &at, const QString &token, Severity severity,
                                      const QByteArray &status, const QString &rawDsn)
{
    SignalEvent event = make(Kind::ProbeBounced, at);
    event.probeToken = token;
    event.severity = severity;
    event.smtpCode = status;
    event.evidence = rawDsn;
    return event;
}

SignalEvent SignalEvent::submissionRejected(const QDateTime &at, const QString &token, SmtpStage stage,
                                            const QByteArray &replyCode, const QString &replyText)
{
    SignalEvent event = make(Kind::SubmissionRejected, at);
    event.probeToken = token;
    event.smtpStage = stage;
    event.smtpCode = replyCode;
    event.evidence = replyText;
    event.severity = replyCode.startsWith('5') ? Severity::Permanent : Severity::Transient;
    return event;
}

SignalEvent SignalEvent::silenceAlarm(const QDateTime &at, double score, double threshold)
{
    SignalEvent event = make(Kind::SilenceAlarm, at);
    event.score = score;
    event.threshold = threshold;
    return event;
}

SignalEvent SignalEvent::ownerAddressBounced(const QDateTime &at, Severity severity, const QByteArray &status,
                                             const QString &rawDsn)
{
    SignalEvent event = make(Kind::OwnerAddressBounced, at);
    event.severity = severity;
    event.smtpCode = status;
    event.evidence = rawDsn;
    return event;
}

SignalEvent SignalEvent::accessFailureStarted(const QDateTime &at, const Net::ServiceError &error)
{
    SignalEvent event = make(Kind::AccessFailureStarted, at);
    event.errorKind = error.kind;
    event.smtpCode = error.responseCode;
    event.evidence = error.serverText;
    return event;
}

SignalEvent SignalEvent::accessFailureEnded(const QDateTime &at)
{
    return make(Kind::AccessFailureEnded, at);
}

SignalEvent SignalEvent::authenticationFailed(const QDateTime &at, const Net::ServiceError &error)
{
    SignalEvent event = accessFailureStarted(at, error);
    event.kind = Kind::AuthenticationFailed;
    event.errorKind = Net::ServiceError::Kind::Authentication;
    return event;
}

SignalEvent SignalEvent::snoozeRequested(const QDateTime &at, int hours)
{
    SignalEvent event = make(Kind::SnoozeRequested, at);
    event.snoozeHours = hours;
    return event;
}

SignalEvent SignalEvent::outageDeclared(const QDateTime &at)
{
    return make(Kind::OutageDeclared, at);
}

SignalEvent SignalEvent::resolvedDeclared(const QDateTime &at)
{
    return make(Kind::ResolvedDeclared, at);
}

SignalEvent SignalEvent::timePassed(const QDateTime &at)
{
    return make(Kind::TimePassed, at);
}

SignalEvent SignalEvent::deferralExpired(const QDateTime &at)
{
    return make(Kind::DeferralExpired, at);
}

SignalEvent SignalEvent::probesUnavailable(const QDateTime &at)
{
    return make(Kind::ProbesUnavailable, at);
}

SignalEvent SignalEvent::fromReport(const QDateTime &arrived, bool late) const
{
    SignalEvent event = *this;
    event.happened = arrived;
    event.foundLate = late;
    return event;
}

bool SignalEvent::isOverride() const
{
    return kind == Kind::SnoozeRequested || kind == Kind::OutageDeclared || kind == Kind::ResolvedDeclared;
}

bool SignalEvent::isAboutAccess() const
{
    return kind == Kind::AccessFailureStarted || kind == Kind::AccessFailureEnded || kind == Kind::AuthenticationFailed;
}

bool SignalEvent::isAboutRecipient() const
{
    return smtpStage == SmtpStage::RcptTo || smtpStage == SmtpStage::Data;
}

QString SignalEvent::name() const
{
    static const char *const names[] = {
        "mail-arrived",         "probe-arrived",         "probe-overdue",         "probe-bounced",
        "submission-rejected",  "silence-alarm",         "owner-address-bounced", "access-failure-started",
        "access-failure-ended", "authentication-failed", "snooze-requested",      "outage-declared",
        "resolved-declared",    "time-passed",           "deferral-expired",      "probes-unavailable",
    };
    return QLatin1String(names[int(kind)]);
}

QString SignalEvent::detailJson() const
{
    QJsonObject detail;
    if (!probeToken.isEmpty())
        detail.insert(QStringLiteral("probe"), probeToken);
    if (roundTripMs >= 0)
        detail.insert(QStringLiteral("roundTripMs"), roundTripMs);
    if (severity != Severity::None)
        detail.insert(QStringLiteral("severity"), severityName(severity));
    if (smtpStage != SmtpStage::None)
        detail.insert(QStringLiteral("stage"), stageName(smtpStage));
    if (!smtpCode.isEmpty())
        detail.insert(QStringLiteral("code"), QString::fromLatin1(smtpCode));
    if (kind == Kind::SilenceAlarm) {
        detail.insert(QStringLiteral("score"), score);
        detail.insert(QStringLiteral("threshold"), threshold);
    }
    if (errorKind != Net::ServiceError::Kind::None)
        detail.insert(QStringLiteral("error"), Net::toString(errorKind));
    if (snoozeHours > 0)
        detail.insert(QStringLiteral("hours"), snoozeHours);
    if (happened.isValid())
        detail.insert(QStringLiteral("happened"), happened.toUTC().toString(Qt::ISODateWithMs));
    if (foundLate)
        detail.insert(QStringLiteral("foundLate"), true);
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

} // namespace Vigie::Detect
