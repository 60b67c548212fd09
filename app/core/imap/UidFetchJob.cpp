#include "UidFetchJob.h"

#include "Session.h"

namespace Vigie::Imap {

UidFetchJob::UidFetchJob(QByteArray uidSet, Items items, QObject *parent)
    : Job(parent)
    , m_uidSet(std::move(uidSet))
    , m_items(items)
{ }

QByteArray UidFetchJob::commandFor(const QByteArray &uidSet, Items items, qint64 bodyCap, bool modSeq)
{
    QByteArray list = "UID";
    if (items & InternalDate)
        list += " INTERNALDATE";
    if (items & Size)
        list += " RFC822.SIZE";
    if (items & Flags)
        list += " FLAGS";
    if (items & Envelope)
        list += " ENVELOPE";
    if (items & BodyStructure)
        list += " BODYSTRUCTURE";
    if (items & Header)
        list += " BODY.PEEK[HEADER]";
    if (items & Body)
        list += " BODY.PEEK[]<0." + QByteArray::number(bodyCap) + '>';
    if (modSeq)
        list += " MODSEQ";
    return "UID FETCH " + uidSet + " (" + list + ')';
}

void UidFetchJob::start()
{
    if (m_uidSet.isEmpty()) {
        finish();
        return;
    }
    QByteArray command = commandFor(m_uidSet, m_items, m_bodyCap, m_condStore && session()->hasCapability("CONDSTORE"));
    if ((m_items & Header) && !m_headerFields.isEmpty())
        command.replace(QByteArrayView("BODY.PEEK[HEADER]"),
                        QByteArray("BODY.PEEK[HEADER.FIELDS (" + m_headerFields.join(' ') + ")]"));
    sendCommand(command);
}

void UidFetchJob::handleUntagged(const Response &response)
{
    const auto *fetch = response.as<FetchData>();
    // A FETCH without UID is an unsolicited flag update for some other message.
    if (fetch && fetch->uid)
        Q_EMIT fetched(*fetch);
}

} // namespace Vigie::Imap
