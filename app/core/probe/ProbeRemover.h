#pragma once

#include "watch/MailboxAccess.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Vigie::Imap {
class Session;
}

namespace Vigie::Watch {
class MailboxSession;
}

namespace Vigie::Probe {

// The one write Vigie makes in the primary INBOX: removing the probes that arrived there. Its
// own short session (never the watcher's read-only one) SELECTs the mailbox, re-reads the
// X-Vigie-Probe header of each UID and keeps only those carrying a token Vigie issued, then
// either moves them to the folder the owner named, or marks them \Deleted and UID EXPUNGEs
// exactly those. Without UIDPLUS they stay marked: a plain EXPUNGE could take the owner's mail.
// Removals are batched, a few seconds after the first arrival.
class ProbeRemover : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Watch::MailboxAccess access;
        QByteArray moveTo; // empty: delete
        int batchDelayMs = 5'000;
    };
    using TokenCheck = std::function<bool(const QString &token)>;

    ProbeRemover(Options options, TokenCheck isIssued, QObject *parent = nullptr);
    ~ProbeRemover() override;

    void remove(quint32 uidValidity, quint32 uid);

Q_SIGNALS:
    void sessionCreated(Vigie::Imap::Session *session);
    void probesRemoved(const QStringList &tokens);
    void removalFailed(const QString &detail);

private:
    void run();
    void verify(quint32 uidValidity);
    void discard(const QList<quint32> &uids, const QStringList &tokens);
    void finishBatch();

    Options m_options;
    TokenCheck m_isIssued;
    QList<std::pair<quint32, quint32>> m_queue; // (uidValidity, uid)
    QList<quint32> m_batch;
    quint32 m_batchValidity = 0;
    int m_failures = 0;
    Watch::MailboxSession *m_session = nullptr;
    QTimer m_timer;
};

} // namespace Vigie::Probe
