#pragma once

#include "bounce/BounceReport.h"
#include "watch/Arrival.h"
#include "watch/MailboxAccess.h"

#include <QList>
#include <QObject>

namespace Vigie::Imap {
class Session;
}

namespace Vigie::Watch {
class MailboxSession;
}

namespace Vigie::Probe {

// Looks at the arrivals of one watched mailbox for delivery reports. The header alone decides
// whether a message may be one (a mail system's From, multipart/report, Auto-Submitted, the
// usual subjects); only those are fetched whole, size-capped, over a short read-only session of
// their own, and classified.
class BounceWatch : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Watch::MailboxAccess access;
        qint64 sizeCap = 512 * 1024;
    };

    explicit BounceWatch(Options options, QObject *parent = nullptr);
    ~BounceWatch() override;

    static bool looksLikeReport(const QByteArray &header);
    // Queues the arrival for fetching when its header looks like a report; true if queued.
    bool inspect(const Watch::Arrival &arrival);

Q_SIGNALS:
    void sessionCreated(Vigie::Imap::Session *session);
    void reportClassified(const Vigie::Watch::Arrival &arrival, const QByteArray &rawMessage,
                          const Vigie::Bounce::BounceReport &report);

private:
    void fetchQueued();
    void done();

    Options m_options;
    QList<Watch::Arrival> m_queue;
    QList<Watch::Arrival> m_inFlight;
    Watch::MailboxSession *m_session = nullptr;
};

} // namespace Vigie::Probe
