#pragma once

#include "config/Settings.h"
#include "imap/Credentials.h"
#include "imap/Session.h"

#include <QByteArray>

namespace Vigie::Watch {

// Where a mailbox is and how to get in: the server, the credentials, the mailbox's name.
// Watcher and history loader both start from it.
struct MailboxAccess
{
    Imap::Session::Options session;
    Imap::Credentials credentials;
    QByteArray mailbox = "INBOX";

    // The user name defaults to the IMAP settings' one, else the account's address.
    static MailboxAccess fromSettings(const Config::AccountSettings &account, Imap::Credentials credentials);
};

} // namespace Vigie::Watch
