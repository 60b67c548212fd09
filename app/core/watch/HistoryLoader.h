#pragma once

#include "HistoryArrival.h"
#include "MailboxAccess.h"
#include "imap/Envelope.h"
#include "imap/Session.h"
#include "net/ServiceError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace Vigie::Platform {
class Clock;
}

namespace Vigie::Watch {

// Loads what the detectors and the correspondent list learn from: the INTERNALDATE of every
// message in the watched mailbox over the last N days, with the few header fields that tell a
// bulk sender (Mime::BulkSender), then the envelopes of the \Sent mailbox
// over the same days. Results come in batches so a large mailbox is never held at once. Uses
// its own read-only session (EXAMINE) and logs out when done.
class HistoryLoader : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        MailboxAccess access;
        int days = 30;
        int batchSize = 2'000;
        bool loadSent = true;
    };

    HistoryLoader(Options options, const Platform::Clock &clock, QObject *parent = nullptr);
    void start();

    // Signals the session for tests and the wire log, as MailboxWatcher does.
Q_SIGNALS:
    void sessionCreated(Vigie::Imap::Session *session);
    void arrivalsLoaded(const QList<Vigie::Watch::HistoryArrival> &arrivals);
    void sentMailboxFound(const QByteArray &mailbox);
    void sentEnvelopesLoaded(const QList<Vigie::Imap::Envelope> &envelopes);
    // Always emitted once; error.kind is None on success.
    void finished(const Vigie::Net::ServiceError &error);

private:
    enum class Phase { Inbox, Sent };
    void examine(const QByteArray &mailbox, Phase phase);
    void fetchNextBatch();
    void findSent();
    void logout();
    void done(const Net::ServiceError &error);

    Options m_options;
    const Platform::Clock &m_clock;
    QPointer<Imap::Session> m_session;
    QDateTime m_since;
    Phase m_phase = Phase::Inbox;
    QList<quint32> m_pending;
    bool m_done = false;
};

} // namespace Vigie::Watch
