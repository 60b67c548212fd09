#include "BounceMatcher.h"

#include "smtp/ProbeMessage.h"

#include <QRegularExpression>

namespace Vigie::Probe {

using Severity = Detect::SignalEvent::Severity;

namespace {

// Delayed, or a 4.x.x status: the mail is queued somewhere, late rather than lost. But a relay
// that says it failed has given up, whatever the status ("4.4.7 delivery time expired").
Severity severityOf(const Bounce::FailedRecipient &recipient)
{
    if (recipient.action.startsWith(u"failed", Qt::CaseInsensitive))
        return Severity::Permanent;
    if (recipient.action.startsWith(u"delayed", Qt::CaseInsensitive) || recipient.status.startsWith(u'4')
        || recipient.replyCode.startsWith(u'4'))
        return Severity::Transient;
    return Severity::Permanent;
}

bool sameAddress(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

BounceMatcher::BounceMatcher(QString ownerAddress, TokenCheck isIssued)
    : m_ownerAddress(std::move(ownerAddress))
    , m_isIssued(std::move(isIssued))
{ }

QString BounceMatcher::originalEnvelopeId(const QByteArray &rawMessage)
{
    static const QRegularExpression field(QStringLiteral("^Original-Envelope-Id:[ \\t]*(\\S+)"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch found = field.match(QString::fromLatin1(rawMessage));
    return found.hasMatch() ? found.captured(1) : QString();
}

QString BounceMatcher::probeToken(const Bounce::BounceReport &report, const QByteArray &rawMessage) const
{
    const QString candidates[] = {report.original.probeToken.trimmed(), originalEnvelopeId(rawMessage),
                                  Smtp::ProbeMessage::tokenFromMessageId(report.original.messageId)};
    for (const QString &token : candidates) {
        if (Smtp::ProbeMessage::isWellFormedToken(token) && m_isIssued && m_isIssued(token))
            return token;
    }
    return {};
}

BounceMatcher::Match BounceMatcher::match(const Bounce::BounceReport &report, const QByteArray &rawMessage) const
{
    Match result;
    if (!report.isBounce())
        return result;
    const Bounce::FailedRecipient *about = nullptr;
    for (const Bounce::FailedRecipient &recipient : report.recipients) {
        if (sameAddress(recipient.recipient, m_ownerAddress)) {
            about = &recipient;
            break;
        }
    }
    result.token = probeToken(report, rawMessage);
    if (!about && result.token.isEmpty())
        return result; // someone else's address: not about the primary mailbox
    if (!about && !report.recipients.isEmpty())
        about = &report.recipients.constFirst(); // a probe goes to the owner only
    result.kind = result.token.isEmpty() ? Match::Kind::OwnerAddress : Match::Kind::Probe;
    if (about) {
        result.severity = severityOf(*about);
        result.status = about->status.toLatin1();
        result.reason = Bounce::Reasons::name(about->reason);
    } else {
        result.severity = Severity::Permanent;
    }
    return result;
}

} // namespace Vigie::Probe
