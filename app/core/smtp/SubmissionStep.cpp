#include "SubmissionStep.h"

namespace Vigie::Smtp {

QString toString(SubmissionStep step)
{
    switch (step) {
    case SubmissionStep::Connect:
        return QStringLiteral("connect");
    case SubmissionStep::Greeting:
        return QStringLiteral("greeting");
    case SubmissionStep::Ehlo:
        return QStringLiteral("ehlo");
    case SubmissionStep::StartTls:
        return QStringLiteral("starttls");
    case SubmissionStep::Auth:
        return QStringLiteral("auth");
    case SubmissionStep::MailFrom:
        return QStringLiteral("mail-from");
    case SubmissionStep::RcptTo:
        return QStringLiteral("rcpt-to");
    case SubmissionStep::Data:
        return QStringLiteral("data");
    case SubmissionStep::MessageBody:
        return QStringLiteral("message-body");
    case SubmissionStep::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

} // namespace Vigie::Smtp
