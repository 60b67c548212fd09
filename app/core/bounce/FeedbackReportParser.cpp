#include "FeedbackReportParser.h"

#include "DeliveryStatusParser.h"
#include "mime/Charsets.h"
#include "mime/HeaderBlock.h"

namespace Vigie::Bounce {

FeedbackReport FeedbackReportParser::parse(const QByteArray &body)
{
    FeedbackReport report;
    const Mime::HeaderBlock fields = Mime::HeaderBlock::parse(body, 500);
    const auto text = [&fields](QByteArrayView name) {
        return Mime::Charsets::undeclared(fields.raw(name));
    };
    report.feedbackType = text("feedback-type").trimmed().toLower();
    report.userAgent = text("user-agent");
    report.sourceIp = text("source-ip");
    report.originalMailFrom = DeliveryStatusParser::addressValue(text("original-mail-from"));
    report.reportedDomain = text("reported-domain");
    report.arrivalDate = text("arrival-date");
    for (const QByteArray &value : fields.rawAll("original-rcpt-to"))
        report.originalRcptTo.append(DeliveryStatusParser::addressValue(Mime::Charsets::undeclared(value)));
    if (report.feedbackType.isEmpty() && fields.contains("abuse-type"))
        report.feedbackType = QStringLiteral("abuse");
    return report;
}

} // namespace Vigie::Bounce
