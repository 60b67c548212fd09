#include "UidStoreJob.h"

namespace Vigie::Imap {

UidStoreJob::UidStoreJob(QByteArray uidSet, QByteArray flags, QObject *parent)
    : Job(parent)
    , m_uidSet(std::move(uidSet))
    , m_flags(std::move(flags))
{ }

QByteArray UidStoreJob::commandFor(const QByteArray &uidSet, const QByteArray &flags)
{
    return "UID STORE " + uidSet + " +FLAGS.SILENT (" + flags + ')';
}

void UidStoreJob::start()
{
    if (m_uidSet.isEmpty()) {
        finish();
        return;
    }
    sendCommand(commandFor(m_uidSet, m_flags));
}

} // namespace Vigie::Imap
