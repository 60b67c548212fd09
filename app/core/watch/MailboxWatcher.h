#pragma once

#include "Arrival.h"
#include "Backoff.h"
#include "MailboxAccess.h"
#include "imap/MailboxState.h"
#include "imap/Session.h"
#include "net/ServiceError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <tuple>

class QTimer;

namespace Vigie::Platform {
class Clock;
}

namespace Vigie::Imap {
class IdleJob;
struct FetchData;
} // namespace Vigie::Imap

namespace Vigie::Watch {

// Keeps one mailbox under watch and reports each message that arrives in it, exactly once.
//
// It opens the mailbox with EXAMINE (read-only) and remembers UIDVALIDITY and the next UID to
// report. New messages are noticed through IDLE when the server offers it (re-issued before
// the 29-minute limit) or by polling; after a lost connection it reconnects with exponential
// backoff and jitter, then reports whatever arrived meanwhile, UIDs at or above the next UID
// only, so nothing is missed or doubled. When UIDVALIDITY changes it finds the messages newer
// than the last one reported by INTERNALDATE instead. Given the point where an earlier run
// stopped, it reports what came meanwhile, within the resume bounds.
class MailboxWatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        MailboxAccess access;
        bool useIdle = true;
        int pollIntervalMs = 120'000;
        int idleRenewMs = 28 * 60 * 1000;
        int backoffMinimumMs = 2'000;
        int backoffMaximumMs = 300'000;
        int stableConnectionMs = 60'000; // connected this long: the next failure starts backoff afresh
        int fetchBatchSize = 100;
        // A resumed watch reports at most the messages of these last days, and at most this
        // many: a first start after months away must not flood the detectors.
        int resumeMaxDays = 7;
        int resumeMaxMessages = 1000;

        static Options fromSettings(const Config::AccountSettings &account, Imap::Credentials credentials);
    };
    enum class State { Stopped, Connecting, Watching, WaitingToReconnect, Stopping };
    Q_ENUM(State)

    MailboxWatcher(Options options, const Platform::Clock &clock, QObject *parent = nullptr);
    ~MailboxWatcher() override;

    // Resume from a point remembered from an earlier run: arrivals from nextUid on are reported.
    // lastInternalDate is where to look from by date should UIDVALIDITY have changed meanwhile.
    void setResumePoint(quint32 uidValidity, quint32 nextUid, const QDateTime &lastInternalDate = {});
    void start();
    // Logs out politely; stopped() follows.
    void stop();
    // Looks for new mail now rather than trusting a quiet connection (ends IDLE or polls);
    // synced() follows, or, if the connection turns out dead, errorOccurred() and a reconnect.
    void refresh();

    State state() const { return m_state; }
    quint32 uidValidity() const { return m_uidValidity; }
    quint32 nextUid() const { return m_nextUid; }
    QDateTime lastInternalDate() const { return m_lastInternalDate; }
    bool isUsingIdle() const { return m_usingIdle; }
    // When the mailbox was last seen in full: every message then in it reported. Invalid until then.
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }

Q_SIGNALS:
    // A new connection exists; tests and the wire log hook their transcript here.
    void sessionCreated(Vigie::Imap::Session *session);
    void connected(const Vigie::Imap::MailboxState &state);
    void arrivalSeen(const Vigie::Watch::Arrival &arrival);
    void uidValidityChanged(quint32 previous, quint32 current);
    // uidValidity(), nextUid() or lastInternalDate() moved on: the point to resume from next time.
    void positionChanged();
    // A catch-up is complete: lastSyncedAt() is now.
    void synced();
    void errorOccurred(const Vigie::Net::ServiceError &error);
    void reconnectScheduled(int delayMs, int attempt);
    void stopped();

private:
    void connectNow();
    void examine();
    void catchUp();
    void searchSince();
    void fetchNextBatch();
    void listenForChanges();
    void poll();
    void connectionLost(const Net::ServiceError &error);
    void tearDownSession();
    void finishStop();
    void emitBatch();
    void notePosition();
    bool enqueue(Imap::Job *job);

    Options m_options;
    const Platform::Clock &m_clock;
    Backoff m_backoff;
    State m_state = State::Stopped;
    QPointer<Imap::Session> m_session;
    QPointer<Imap::IdleJob> m_idle;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QDateTime m_connectedAt;
    QDateTime m_lastSyncedAt;

    quint32 m_uidValidity = 0;
    quint32 m_nextUid = 0;
    QDateTime m_lastInternalDate;
    QDateTime m_onlyNewerThan; // set while recovering from a UIDVALIDITY change
    bool m_resuming = false; // until the first catch-up from a resume point is done
    QDateTime m_resumeSince;
    quint32 m_resumeUidNext = 0;
    quint32 m_backlogBelow = 0; // UIDs below it were there when we connected
    std::tuple<quint32, quint32, QDateTime> m_notedPosition;
    bool m_usingIdle = false;
    bool m_changed = false; // EXISTS seen since the last catch-up began
    QList<quint32> m_pending; // UIDs found, not yet fetched
    QList<Arrival> m_batch;
};

} // namespace Vigie::Watch
