#include "BounceClassifier.h"

#include "AutoReplyDetector.h"
#include "DeliveryStatusParser.h"
#include "FeedbackReportParser.h"
#include "MtaPatterns.h"
#include "OriginalMessageExtractor.h"
#include "PlainTextScanner.h"
#include "ReasonClassifier.h"
#include "ReasonPatterns.h"
#include "ReportText.h"
#include "SesNotificationParser.h"
#include "StatusCode.h"

#include "mime/MimeWalker.h"

#include <QRegularExpression>

namespace Vigie::Bounce {

namespace {

QStringList addressesIn(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"([^\s<>,;:"()\[\]]+@[^\s<>,;:"()\[\]]+)"));
    QStringList addresses;
    QRegularExpressionMatchIterator it = re.globalMatch(value);
    while (it.hasNext() && addresses.size() < 100)
        addresses.append(it.next().captured(0));
    return addresses;
}

BounceReport feedbackReport(const Mime::MimeMessage &message, const Mime::MimePart &part)
{
    BounceReport report;
    report.kind = BounceReport::Kind::Feedback;
    const FeedbackReport feedback = FeedbackReportParser::parse(part.body);
    report.feedbackType = feedback.feedbackType;
    report.original = OriginalMessageExtractor::extract(message, {});
    QStringList recipients = feedback.originalRcptTo;
    if (recipients.isEmpty())
        recipients = addressesIn(report.original.to).mid(0, 1);
    if (recipients.isEmpty())
        recipients.append(QString());
    for (const QString &address : std::as_const(recipients)) {
        FailedRecipient recipient;
        recipient.recipient = address;
        recipient.reason = Reason::Feedback;
        recipient.diagnostic = feedback.feedbackType;
        report.recipients.append(recipient);
    }
    return report;
}

// Outlook.com's junk-mail reports (JMRP): no feedback-report part, only the reported message
// and a fixed subject.
BounceReport microsoftComplaint(const Mime::MimeMessage &message)
{
    static const QRegularExpression subject(QStringLiteral(R"(^\s*complaint about message from\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (!subject.match(message.root().headers.text("subject")).hasMatch())
        return {};
    for (int i = 1; i < message.parts.size(); ++i) {
        const Mime::MimePart &part = message.parts.at(i);
        if (part.kind != Mime::MimePart::Kind::Message)
            continue;
        BounceReport report;
        report.kind = BounceReport::Kind::Feedback;
        report.feedbackType = QStringLiteral("abuse");
        report.original = OriginalMessageExtractor::fromHeaders(part.headers);
        FailedRecipient recipient;
        recipient.recipient = addressesIn(part.headers.text("x-hmxmroriginalrecipient")).value(0);
        if (recipient.recipient.isEmpty())
            recipient.recipient = addressesIn(report.original.to).value(0);
        recipient.reason = Reason::Feedback;
        report.recipients.append(recipient);
        return report;
    }
    return {};
}

// A DSN without a diagnostic often explains itself in its human-readable part.
QString textAbout(const PlainTextScanner::Result &scan, const QString &address)
{
    for (const FailedRecipient &candidate : scan.recipients) {
        if (candidate.recipient.compare(address, Qt::CaseInsensitive) == 0)
            return candidate.diagnostic;
    }
    return {};
}

// Sendmail explains a Status without a Diagnostic-Code in a comment:
// "Status: 4.0.0 (example.net: host name lookup failure)". Comments that only restate the
// class ("permanent failure") explain nothing.
QString statusComment(const QString &status)
{
    const qsizetype open = status.indexOf(u'(');
    const qsizetype close = status.lastIndexOf(u')');
    if (open < 0 || close <= open)
        return {};
    const QString comment = status.mid(open + 1, close - open - 1).simplified();
    static const QRegularExpression classOnly(
        QStringLiteral(
            R"(^(?:(?:permanent|temporary|transient|persistent)\s+(?:failure|error)|undefined status|unknown|other|success)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return classOnly.match(comment).hasMatch() ? QString() : comment;
}

BounceReport deliveryStatusReport(const DeliveryStatus &dsn, const PlainTextScanner::Result &scan)
{
    BounceReport report;
    bool anyFailure = false;
    ReasonClassifier::Input input{QString(), scan.summary, scan.preamble};
    for (const DeliveryStatus::Recipient &fields : dsn.recipients) {
        FailedRecipient recipient;
        recipient.recipient = fields.finalRecipient.isEmpty() ? fields.originalRecipient : fields.finalRecipient;
        recipient.action = fields.action;
        recipient.diagnostic = StatusCode::joinedReply(fields.diagnostic);
        if (recipient.diagnostic.isEmpty())
            recipient.diagnostic = textAbout(scan, recipient.recipient);
        if (recipient.diagnostic.isEmpty())
            recipient.diagnostic = statusComment(fields.status);
        recipient.status =
            StatusCode::preferred(StatusCode::normalize(fields.status), StatusCode::find(recipient.diagnostic));
        // "Delivery time expired" hides the actual problem; Exchange names it in the report's
        // text ("returned '441 4.4.1 Error encountered while communicating ...'").
        if (recipient.status.endsWith(u".4.7"))
            recipient.status =
                StatusCode::preferred(recipient.status, StatusCode::find(textAbout(scan, recipient.recipient)));
        recipient.replyCode = StatusCode::findReplyCode(recipient.diagnostic);
        recipient.remoteMta = fields.remoteMta;
        recipient.reportingMta = dsn.reportingMta;
        recipient.command = MtaPatterns::smtpCommand(recipient.diagnostic);
        if (recipient.command.isEmpty()) // Postfix says "(in reply to RCPT TO command)" in its text only
            recipient.command = MtaPatterns::smtpCommand(textAbout(scan, recipient.recipient));
        input.diagnosticType = fields.diagnosticType;
        ReasonClassifier::classify(recipient, input);
        if (recipient.reason != Reason::Delivered)
            anyFailure = true;
        report.recipients.append(recipient);
    }
    report.kind = anyFailure ? BounceReport::Kind::Failure : BounceReport::Kind::Delivered;
    return report;
}

// A multipart/report whose delimiters were lost (old Sendmail) reads as one text part; its
// delivery-status fields are still there, from "Reporting-MTA:" or the first
// "Final-Recipient:" on.
QByteArray flatDeliveryStatus(const Mime::MimeMessage &message)
{
    for (const Mime::MimePart &part : message.parts) {
        if (part.kind != Mime::MimePart::Kind::Body || !part.contentType.isText())
            continue;
        const QByteArrayView body(part.body);
        qsizetype start = body.indexOf("\nReporting-MTA:");
        if (start < 0)
            start = body.indexOf("\nFinal-Recipient:");
        if (start >= 0 && body.indexOf("\nFinal-Recipient:", start) >= 0)
            return body.sliced(start + 1, qMin<qsizetype>(body.size() - start - 1, 16 * 1024)).toByteArray();
    }
    return {};
}

BounceReport autoReply(const Mime::HeaderBlock &headers)
{
    BounceReport report;
    report.kind = BounceReport::Kind::AutoReply;
    FailedRecipient recipient;
    recipient.recipient = addressesIn(headers.text("from")).value(0);
    recipient.reason = Reason::Vacation;
    recipient.diagnostic = headers.text("subject").simplified();
    report.recipients.append(recipient);
    return report;
}

} // namespace

BounceClassifier::BounceClassifier(Mime::MimeLimits limits)
    : m_limits(limits)
{ }

BounceReport BounceClassifier::classify(const QByteArray &rawMessage) const
{
    return classify(Mime::MimeWalker(m_limits).walk(rawMessage));
}

BounceReport BounceClassifier::classify(const Mime::MimeMessage &message) const
{
    return classifyAt(message, 0);
}

BounceReport BounceClassifier::quotedReport(const QString &text, qsizetype offset, int depth) const
{
    if (offset < 0 || depth > 0)
        return {};
    const qsizetype lineEnd = text.indexOf(u'\n', offset);
    if (lineEnd < 0)
        return {};
    const QString quoted = text.mid(lineEnd + 1);
    const QStringView head = QStringView(quoted).left(16 * 1024);
    if (!head.contains(u"multipart/report", Qt::CaseInsensitive)
        && !head.contains(u"message/delivery-status", Qt::CaseInsensitive))
        return {};
    const BounceReport inner = classifyAt(Mime::MimeWalker(m_limits).walk(quoted.toUtf8()), depth + 1);
    return inner.isBounce() ? inner : BounceReport();
}

BounceReport BounceClassifier::classifyAt(const Mime::MimeMessage &message, int depth) const
{
    if (message.parts.isEmpty())
        return {};
    const Mime::HeaderBlock &headers = message.root().headers;
    if (const Mime::MimePart *feedback = message.find("message/feedback-report"))
        return feedbackReport(message, *feedback);

    const QString text = ReportText::of(message);
    if (BounceReport ses = SesNotificationParser::parse(text); ses.kind != BounceReport::Kind::NotReport)
        return ses;
    if (BounceReport complaint = microsoftComplaint(message); complaint.kind != BounceReport::Kind::NotReport)
        return complaint;
    QSet<QString> excluded;
    for (const QByteArrayView name : {"to", "from", "delivered-to", "reply-to"}) {
        for (const QString &address : addressesIn(headers.text(name)))
            excluded.insert(address.toLower());
    }
    const QStringList failedHint = addressesIn(headers.text("x-failed-recipients"));
    const PlainTextScanner::Result scan = PlainTextScanner::scan(text, excluded, failedHint);

    const Mime::MimePart *dsnPart = message.find("message/delivery-status");
    if (!dsnPart)
        dsnPart = message.find("message/global-delivery-status");
    QByteArray flatFields;
    if (!dsnPart && message.root().contentType.mimeType == "multipart/report")
        flatFields = flatDeliveryStatus(message);
    if (dsnPart || !flatFields.isEmpty()) {
        DeliveryStatus dsn = DeliveryStatusParser::parse(dsnPart ? dsnPart->body : flatFields);
        if (dsn.recipients.isEmpty()) {
            // Postfix writes "Delivery report unavailable" and no recipient group; the returned
            // message still says to whom it went.
            const OriginalMessage original = OriginalMessageExtractor::extract(message, {});
            for (const QString &address : addressesIn(original.to)) {
                DeliveryStatus::Recipient recipient;
                recipient.finalRecipient = address;
                recipient.action = QStringLiteral("failed");
                dsn.recipients.append(recipient);
            }
        }
        if (!dsn.recipients.isEmpty()) {
            BounceReport report = deliveryStatusReport(dsn, scan);
            report.original = OriginalMessageExtractor::extract(message, {});
            return report;
        }
    }

    if (AutoReplyDetector::isAutoReply(headers)) {
        BounceReport report = autoReply(headers);
        report.original = OriginalMessageExtractor::extract(message, {});
        return report;
    }

    // A subject alone proves nothing ("Re: delivery failed?"); a report comes from a mail system
    // or reads like one.
    const bool fromMailSystem = AutoReplyDetector::isFromMailSystem(headers) || !failedHint.isEmpty()
        || dsnPart != nullptr || message.find("text/rfc822-headers");
    const bool bounceSubject = MtaPatterns::bounceSubject().match(headers.text("subject")).hasMatch();
    const bool familyWording = MtaPatterns::familyWording().match(scan.summary).hasMatch();
    const bool looksLikeReport =
        fromMailSystem || familyWording || (bounceSubject && PlainTextScanner::hasReportWording(scan.summary));
    if (!looksLikeReport)
        return {};
    // A report that forwards another one may name nobody itself but its help desk.
    if (BounceReport inner = quotedReport(text, scan.originalOffset, depth); inner.isBounce())
        return inner;
    if (scan.recipients.isEmpty())
        return {};
    // Without a code or a known MTA's wording, a mail system's message still counts when the
    // text about a recipient names a delivery problem.
    // A message that calls itself an auto-reply (RFC 3834) needs the stronger evidence.
    bool explained = scan.hasSmtpEvidence;
    const bool declaredAutoReply = headers.raw("auto-submitted").trimmed().toLower().startsWith("auto-replied");
    if (fromMailSystem && !declaredAutoReply) {
        for (const FailedRecipient &recipient : scan.recipients)
            explained = explained || ReasonPatterns::match(recipient.diagnostic) != Reason::Undefined;
        if (scan.recipients.size() == 1)
            explained = explained || ReasonPatterns::match(scan.summary) != Reason::Undefined;
    }
    if (!explained)
        return {};

    BounceReport report;
    report.kind = BounceReport::Kind::Failure;
    const Reason fallback = MtaPatterns::fallbackReason(scan.summary);
    const ReasonClassifier::Input input{QString(), scan.summary, scan.preamble};
    for (FailedRecipient recipient : scan.recipients) {
        ReasonClassifier::classify(recipient, input);
        // A family with a fixed meaning (a list host that only refuses posts) also overrides the
        // address reasons: its "may not exist" is about the group, not about a mailbox.
        const bool vague = recipient.reason == Reason::OnHold || recipient.reason == Reason::Undefined
            || recipient.reason == Reason::UserUnknown || recipient.reason == Reason::HostUnknown;
        if (fallback != Reason::Undefined && vague) {
            recipient.reason = fallback;
            if (Reasons::isPlaceholderStatus(recipient.status))
                recipient.status = Reasons::placeholderStatus(fallback, recipient.status.startsWith(u'4'));
            recipient.hard = Reasons::isHard(fallback, recipient.replyCode, recipient.status);
        }
        report.recipients.append(recipient);
    }
    report.original = OriginalMessageExtractor::extract(message, {});
    if (report.original.isEmpty() && scan.originalOffset >= 0)
        report.original =
            OriginalMessageExtractor::fromHeaders(OriginalMessageExtractor::quotedHeaders(text, scan.originalOffset));
    return report;
}

} // namespace Vigie::Bounce
