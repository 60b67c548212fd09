#include "SesNotificationParser.h"

#include "ReasonClassifier.h"
#include "StatusCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigie::Bounce {

namespace {

constexpr qsizetype kMaxJson = 1024 * 1024;

QJsonObject notificationIn(const QString &text)
{
    const qsizetype open = text.indexOf(u'{');
    const qsizetype close = text.lastIndexOf(u'}');
    if (open < 0 || close <= open || close - open > kMaxJson)
        return {};
    QJsonObject object = QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8()).object();
    if (object.value(QStringLiteral("Type")).toString() == u"Notification")
        object = QJsonDocument::fromJson(object.value(QStringLiteral("Message")).toString().toUtf8()).object();
    return object;
}

OriginalMessage originalOf(const QJsonObject &mail)
{
    OriginalMessage original;
    const QJsonObject common = mail.value(QStringLiteral("commonHeaders")).toObject();
    original.messageId = common.value(QStringLiteral("messageId")).toString();
    if (original.messageId.startsWith(u'<') && original.messageId.endsWith(u'>'))
        original.messageId = original.messageId.mid(1, original.messageId.size() - 2);
    original.subject = common.value(QStringLiteral("subject")).toString();
    original.from = common.value(QStringLiteral("from")).toArray().at(0).toString();
    original.to = common.value(QStringLiteral("to")).toArray().at(0).toString();
    for (const QJsonValue header : mail.value(QStringLiteral("headers")).toArray()) {
        const QJsonObject field = header.toObject();
        if (field.value(QStringLiteral("name")).toString().compare(u"X-Vigie-Probe", Qt::CaseInsensitive) == 0)
            original.probeToken = field.value(QStringLiteral("value")).toString().trimmed();
    }
    return original;
}

FailedRecipient recipientFrom(const QString &address, const QString &action, const QString &status,
                              const QString &diagnostic, const QString &remoteMta)
{
    FailedRecipient recipient;
    recipient.recipient = address;
    recipient.action = action;
    recipient.diagnostic = diagnostic.simplified();
    recipient.status = StatusCode::preferred(StatusCode::normalize(status), StatusCode::find(recipient.diagnostic));
    recipient.replyCode = StatusCode::findReplyCode(recipient.diagnostic);
    recipient.remoteMta = remoteMta;
    ReasonClassifier::classify(recipient, {});
    return recipient;
}

} // namespace

BounceReport SesNotificationParser::parse(const QString &text)
{
    BounceReport report;
    if (!text.contains(QLatin1String("\"notificationType\"")) && !text.contains(QLatin1String("\"eventType\"")))
        return report;
    const QJsonObject notification = notificationIn(text);
    QString type = notification.value(QStringLiteral("notificationType")).toString();
    if (type.isEmpty())
        type = notification.value(QStringLiteral("eventType")).toString();
    report.original = originalOf(notification.value(QStringLiteral("mail")).toObject());
    if (type == u"Bounce") {
        const QJsonObject bounce = notification.value(QStringLiteral("bounce")).toObject();
        const QString remote = bounce.value(QStringLiteral("remoteMtaIp")).toString();
        for (const QJsonValue value : bounce.value(QStringLiteral("bouncedRecipients")).toArray()) {
            const QJsonObject r = value.toObject();
            report.recipients.append(recipientFrom(r.value(QStringLiteral("emailAddress")).toString(),
                                                   r.value(QStringLiteral("action")).toString(QStringLiteral("failed")),
                                                   r.value(QStringLiteral("status")).toString(),
                                                   r.value(QStringLiteral("diagnosticCode")).toString(), remote));
        }
        report.kind = report.recipients.isEmpty() ? BounceReport::Kind::NotReport : BounceReport::Kind::Failure;
    } else if (type == u"Delivery") {
        const QJsonObject delivery = notification.value(QStringLiteral("delivery")).toObject();
        const QString response = delivery.value(QStringLiteral("smtpResponse")).toString();
        for (const QJsonValue value : delivery.value(QStringLiteral("recipients")).toArray())
            report.recipients.append(recipientFrom(value.toString(), QStringLiteral("delivered"), QString(), response,
                                                   delivery.value(QStringLiteral("reportingMTA")).toString()));
        report.kind = report.recipients.isEmpty() ? BounceReport::Kind::NotReport : BounceReport::Kind::Delivered;
    } else if (type == u"Complaint") {
        const QJsonObject complaint = notification.value(QStringLiteral("complaint")).toObject();
        report.feedbackType =
            complaint.value(QStringLiteral("complaintFeedbackType")).toString(QStringLiteral("abuse"));
        for (const QJsonValue value : complaint.value(QStringLiteral("complainedRecipients")).toArray()) {
            FailedRecipient recipient;
            recipient.recipient = value.toObject().value(QStringLiteral("emailAddress")).toString();
            recipient.reason = Reason::Feedback;
            report.recipients.append(recipient);
        }
        report.kind = report.recipients.isEmpty() ? BounceReport::Kind::NotReport : BounceReport::Kind::Feedback;
    }
    return report;
}

} // namespace Vigie::Bounce
