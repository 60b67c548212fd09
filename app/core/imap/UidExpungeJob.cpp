#include "UidExpungeJob.h"

namespace Vigie::Imap {

UidExpungeJob::UidExpungeJob(QByteArray uidSet, QObject *parent)
    : Job(parent)
    , m_uidSet(std::move(uidSet))
{ }

void UidExpungeJob::start()
{
    if (m_uidSet.isEmpty()) {
        finish();
        return;
    }
    if (!session()->hasCapability("UIDPLUS")) {
        // A plain EXPUNGE would also remove what the owner marked \Deleted elsewhere.
        finish(Net::ServiceError::make(Net::ServiceError::Kind::Protocol,
                                       QStringLiteral("the server lacks UIDPLUS; not expunging")));
        return;
    }
    sendCommand("UID EXPUNGE " + m_uidSet);
}

} // namespace Vigie::Imap
