#include "StatusJob.h"

#include "CommandSyntax.h"

namespace Vigie::Imap {

StatusJob::StatusJob(QByteArray mailbox, QObject *parent)
    : Job(parent)
    , m_mailbox(std::move(mailbox))
{ }

void StatusJob::start()
{
    const auto name = CommandSyntax::quoted(m_mailbox);
    if (!name) {
        finish(Net::ServiceError::make(Net::ServiceError::Kind::Protocol, QStringLiteral("unusable mailbox name")));
        return;
    }
    sendCommand("STATUS " + *name + " (MESSAGES UIDNEXT UIDVALIDITY UNSEEN)");
}

void StatusJob::handleUntagged(const Response &response)
{
    if (const auto *status = response.as<StatusData>())
        m_status = *status;
}

} // namespace Vigie::Imap
