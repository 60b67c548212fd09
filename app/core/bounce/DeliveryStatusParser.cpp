#include "DeliveryStatusParser.h"

#include "mime/Charsets.h"
#include "mime/HeaderBlock.h"

namespace Vigie::Bounce {

namespace {

constexpr int kMaxFields = 2000;
constexpr int kMaxRecipients = 500;

QString typedValue(const QString &value, QString *type = nullptr)
{
    const qsizetype semicolon = value.indexOf(u';');
    if (semicolon < 0 || semicolon > 20)
        return value.trimmed();
    if (type)
        *type = value.left(semicolon).trimmed().toLower();
    return value.mid(semicolon + 1).trimmed();
}

bool isRecipientField(const QByteArray &name)
{
    return name == "final-recipient" || name == "original-recipient";
}

} // namespace

QString DeliveryStatusParser::addressValue(const QString &value)
{
    QString address = typedValue(value);
    if (address.startsWith(u'<')) {
        const qsizetype close = address.indexOf(u'>');
        address = address.mid(1, close > 0 ? close - 1 : -1);
    }
    return address.trimmed();
}

DeliveryStatus DeliveryStatusParser::parse(const QByteArray &body)
{
    DeliveryStatus status;
    QByteArrayView rest(body);
    while (!rest.isEmpty() && status.recipients.size() < kMaxRecipients) {
        qsizetype consumed = 0;
        const Mime::HeaderBlock group = Mime::HeaderBlock::parse(rest, kMaxFields, &consumed);
        if (consumed <= 0) {
            // A line that is no field: skip it, as MTAs add comments and junk between groups.
            const qsizetype eol = rest.indexOf('\n');
            rest = eol < 0 ? QByteArrayView() : rest.sliced(eol + 1);
            continue;
        }
        rest = rest.sliced(consumed);
        DeliveryStatus::Recipient *current = nullptr;
        // Some MTAs write a recipient's fields before its Final-Recipient: keep them for it.
        DeliveryStatus::Recipient pending;
        bool hasFinal = false;
        bool hasOriginal = false;
        const auto startRecipient = [&] {
            status.recipients.append(current ? DeliveryStatus::Recipient() : pending);
            current = &status.recipients.last();
            hasFinal = hasOriginal = false;
        };
        for (const Mime::HeaderBlock::Field &field : group.fields()) {
            const QString value = Mime::Charsets::undeclared(field.value);
            if (field.name == "x-actual-recipient") {
                // Sendmail's alias expansion result: a detail of the current recipient.
                if (!current)
                    startRecipient();
                if (current->finalRecipient.isEmpty())
                    current->finalRecipient = addressValue(value);
                continue;
            }
            if (isRecipientField(field.name)) {
                const bool isFinal = field.name != "original-recipient";
                if (!current || (isFinal && hasFinal) || (!isFinal && hasOriginal)) {
                    if (status.recipients.size() >= kMaxRecipients)
                        break;
                    startRecipient();
                }
                if (isFinal) {
                    current->finalRecipient = addressValue(value);
                    hasFinal = true;
                } else {
                    current->originalRecipient = addressValue(value);
                    hasOriginal = true;
                }
                continue;
            }
            if (field.name == "reporting-mta" && status.reportingMta.isEmpty())
                status.reportingMta = typedValue(value);
            else if (field.name == "arrival-date" && status.arrivalDate.isEmpty())
                status.arrivalDate = value;
            DeliveryStatus::Recipient &target = current ? *current : pending;
            if (field.name == "action")
                target.action = value.section(u' ', 0, 0).toLower().remove(u'(');
            else if (field.name == "status")
                target.status = value;
            else if (field.name == "diagnostic-code")
                target.diagnostic = typedValue(value, &target.diagnosticType);
            else if (field.name == "remote-mta")
                target.remoteMta = typedValue(value);
            else if (field.name == "last-attempt-date")
                target.lastAttemptDate = value;
        }
    }
    return status;
}

} // namespace Vigie::Bounce
