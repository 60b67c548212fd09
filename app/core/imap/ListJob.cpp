#include "ListJob.h"

#include "CommandSyntax.h"
#include "Session.h"

namespace Vigie::Imap {

ListJob::ListJob(QByteArray pattern, QObject *parent)
    : Job(parent)
    , m_pattern(std::move(pattern))
{ }

void ListJob::start()
{
    const auto pattern = CommandSyntax::quoted(m_pattern);
    if (!pattern) {
        finish(Net::ServiceError::make(Net::ServiceError::Kind::Protocol, QStringLiteral("unusable LIST pattern")));
        return;
    }
    const bool specialUse = session()->hasCapability("SPECIAL-USE") && session()->hasCapability("LIST-EXTENDED");
    sendCommand("LIST \"\" " + *pattern + (specialUse ? " RETURN (SPECIAL-USE)" : ""));
}

void ListJob::handleUntagged(const Response &response)
{
    if (const auto *list = response.as<ListData>(); list && response.name == "LIST")
        m_mailboxes.append(*list);
}

QByteArray ListJob::sentMailbox() const
{
    for (const ListData &mailbox : m_mailboxes) {
        if (mailbox.hasAttribute("\\Sent") && !mailbox.hasAttribute("\\Noselect"))
            return mailbox.mailbox;
    }
    static const QByteArrayView usualNames[] = {"Sent", "Sent Items", "Sent Messages", "INBOX.Sent", "Envoy&AOk-s"};
    for (const QByteArrayView name : usualNames) {
        for (const ListData &mailbox : m_mailboxes) {
            if (mailbox.mailbox.compare(name, Qt::CaseInsensitive) == 0 && !mailbox.hasAttribute("\\Noselect"))
                return mailbox.mailbox;
        }
    }
    return {};
}

} // namespace Vigie::Imap
