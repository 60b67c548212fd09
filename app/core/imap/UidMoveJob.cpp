#include "UidMoveJob.h"

#include "CommandSyntax.h"

namespace Vigie::Imap {

UidMoveJob::UidMoveJob(QByteArray uidSet, QByteArray mailbox, QObject *parent)
    : Job(parent)
    , m_uidSet(std::move(uidSet))
    , m_mailbox(std::move(mailbox))
{ }

void UidMoveJob::start()
{
    const auto name = CommandSyntax::quoted(m_mailbox);
    if (m_uidSet.isEmpty() || !name) {
        finish(m_uidSet.isEmpty() ? Net::ServiceError()
                                  : Net::ServiceError::make(Net::ServiceError::Kind::Protocol,
                                                            QStringLiteral("unusable mailbox name")));
        return;
    }
    if (!session()->hasCapability("MOVE")) {
        finish(Net::ServiceError::make(Net::ServiceError::Kind::Protocol,
                                       QStringLiteral("the server lacks MOVE; not moving")));
        return;
    }
    sendCommand("UID MOVE " + m_uidSet + ' ' + *name);
}

} // namespace Vigie::Imap
