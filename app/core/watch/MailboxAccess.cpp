#include "MailboxAccess.h"

namespace Vigie::Watch {

MailboxAccess MailboxAccess::fromSettings(const Config::AccountSettings &account, Imap::Credentials credentials)
{
    MailboxAccess access;
    access.session = Imap::Session::Options::fromSettings(account.imap);
    access.credentials = std::move(credentials);
    if (access.credentials.username.isEmpty())
        access.credentials.username = account.imap.username.isEmpty() ? account.address : account.imap.username;
    access.mailbox = account.imap.mailbox.isEmpty() ? QByteArray("INBOX") : account.imap.mailbox.toUtf8();
    return access;
}

} // namespace Vigie::Watch
