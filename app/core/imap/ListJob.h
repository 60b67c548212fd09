#pragma once

#include "Job.h"

namespace Vigie::Imap {

// LIST "" pattern, asking for special-use attributes (RFC 6154) when the server can return them.
class ListJob : public Job
{
    Q_OBJECT
public:
    explicit ListJob(QByteArray pattern = "*", QObject *parent = nullptr);
    const QList<ListData> &mailboxes() const { return m_mailboxes; }
    // The mailbox marked \Sent, else one named like a sent folder; empty if none.
    QByteArray sentMailbox() const;

protected:
    void start() override;
    void handleUntagged(const Response &response) override;

private:
    QByteArray m_pattern;
    QList<ListData> m_mailboxes;
};

} // namespace Vigie::Imap
