#pragma once

#include "MailboxAccess.h"
#include "imap/MailboxState.h"
#include "imap/Session.h"
#include "net/ServiceError.h"

#include <QObject>

namespace Vigie::Watch {

// A short IMAP connection for one errand beside the watcher (fetching a report, removing
// probes): connect, log in, open the mailbox, hand the session over, log out. EXAMINE unless
// asked to SELECT, which only a session opened with mayRemoveProbes is allowed to send.
class MailboxSession : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Examine, Select };

    MailboxSession(MailboxAccess access, Mode mode, QObject *parent = nullptr);
    ~MailboxSession() override;

    void start();
    // Logs out politely, then closed().
    void close();
    Imap::Session *session() const { return m_session; }

Q_SIGNALS:
    void sessionCreated(Vigie::Imap::Session *session);
    void opened(const Vigie::Imap::MailboxState &mailbox);
    void failed(const Vigie::Net::ServiceError &error);
    void closed();

private:
    void openMailbox();
    void fail(const Net::ServiceError &error);
    void finishClose();
    void tearDown();

    MailboxAccess m_access;
    Mode m_mode;
    Imap::Session *m_session = nullptr; // a child, gone with tearDown()
    bool m_done = false;
    bool m_closing = false;
    bool m_closed = false;
};

} // namespace Vigie::Watch
