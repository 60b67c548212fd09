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
// X-Vigie-Probe header of each UID and keeps only those whose token passes the check (in Vigie:
// issued, and its arrival recorded), then either moves them to the folder the owner named, or
// marks them \Deleted and UID EXPUNGEs exactly those. Never a plain EXPUNGE: it would also take
// what the owner marked \Deleted. So without UIDPLUS the probes stay marked \Seen \Deleted, for
// the owner's own purge; without MOVE, or when the folder does not exist, they stay in the INBOX
// untouched (Vigie creates no folder). Removals are batched, a few seconds after the first arrival.
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
    // Why probes stay in the INBOX, or stay there marked: the owner may want to act.
    enum class Problem { CannotExpunge, CannotMove, FolderMissing };
    Q_ENUM(Problem)
    using TokenCheck = std::function<bool(const QString &token)>;

    ProbeRemover(Options options, TokenCheck isIssued, QObject *parent = nullptr);
    ~ProbeRemover() override;

    void remove(quint32 uidValidity, quint32 uid);
    // With the next batch, also searches the mailbox for every probe not marked \Deleted: those
    // an earlier run saw arrive but stopped before removing, or never saw.
    void sweep();

Q_SIGNALS:
    void sessionCreated(Vigie::Imap::Session *session);
    void probesRemoved(const QStringList &tokens);
    void removalFailed(const QString &detail);
    void problemFound(Vigie::Probe::ProbeRemover::Problem problem);

private:
    void schedule();
    void run();
    void verify(quint32 uidValidity);
    void search();
    void readTokens();
    void discard(const QList<quint32> &uids, const QStringList &tokens);
    Imap::Job *removalJob(const QByteArray &uidSet, bool *markedOnly);
    void finishBatch();

    Options m_options;
    TokenCheck m_isIssued;
    QList<std::pair<quint32, quint32>> m_queue; // (uidValidity, uid)
    QList<quint32> m_batch;
    quint32 m_batchValidity = 0; // 0: a sweep alone
    bool m_sweepRequested = false;
    bool m_sweeping = false;
    int m_failures = 0;
    Watch::MailboxSession *m_session = nullptr;
    QTimer m_timer;
};

} // namespace Vigie::Probe
