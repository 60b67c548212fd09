#include "SubmissionResult.h"

namespace Vigie::Smtp {

SmtpReply SubmissionResult::replyAt(SubmissionStep at) const
{
    for (const Exchange &exchange : exchanges) {
        if (exchange.step == at)
            return exchange.reply;
    }
    return {};
}

QString toString(SubmissionResult::Outcome outcome)
{
    switch (outcome) {
    case SubmissionResult::Outcome::Accepted:
        return QStringLiteral("accepted");
    case SubmissionResult::Outcome::Rejected:
        return QStringLiteral("rejected");
    case SubmissionResult::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace Vigie::Smtp
