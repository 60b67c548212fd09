#pragma once

#include "Job.h"

namespace Vigie::Imap {

// UID FETCH of a set of messages. Each message arrives through fetched() as soon as the server
// sends it, so loading thousands never holds them all. Whole bodies are fetched as a partial
// BODY.PEEK[]<0.cap>: a huge message cannot make us allocate more than the cap.
class UidFetchJob : public Job
{
    Q_OBJECT
public:
    enum Item {
        InternalDate = 0x01,
        Size = 0x02,
        Flags = 0x04,
        Envelope = 0x08,
        BodyStructure = 0x10,
        Header = 0x20,
        Body = 0x40,
    };
    Q_DECLARE_FLAGS(Items, Item)

    UidFetchJob(QByteArray uidSet, Items items, QObject *parent = nullptr);
    void setBodySizeCap(qint64 bytes) { m_bodyCap = bytes; }
    // Also asks for MODSEQ (RFC 7162) when the server offers CONDSTORE.
    void setCondStore(bool enabled) { m_condStore = enabled; }
    // With Header: only these fields, BODY.PEEK[HEADER.FIELDS (...)]; empty: the whole header.
    void setHeaderFields(QList<QByteArray> fields) { m_headerFields = std::move(fields); }

    static QByteArray commandFor(const QByteArray &uidSet, Items items, qint64 bodyCap, bool modSeq);

Q_SIGNALS:
    void fetched(const Vigie::Imap::FetchData &message);

protected:
    void start() override;
    void handleUntagged(const Response &response) override;

private:
    QByteArray m_uidSet;
    Items m_items;
    qint64 m_bodyCap = 1024 * 1024;
    bool m_condStore = false;
    QList<QByteArray> m_headerFields;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(UidFetchJob::Items)

} // namespace Vigie::Imap
