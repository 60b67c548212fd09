#include "BounceWatch.h"

#include "ProbeLogging.h"
#include "bounce/AutoReplyDetector.h"
#include "bounce/BounceClassifier.h"
#include "bounce/MtaPatterns.h"
#include "imap/CommandSyntax.h"
#include "imap/FetchData.h"
#include "imap/UidFetchJob.h"
#include "mime/HeaderBlock.h"
#include "watch/MailboxSession.h"

namespace Vigie::Probe {

BounceWatch::BounceWatch(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

BounceWatch::~BounceWatch() = default;

bool BounceWatch::looksLikeReport(const QByteArray &header)
{
    const Mime::HeaderBlock headers = Mime::HeaderBlock::parse(header, 500);
    if (Bounce::AutoReplyDetector::isFromMailSystem(headers))
        return true;
    if (headers.raw("content-type").toLower().contains("multipart/report"))
        return true;
    const QByteArray autoSubmitted = headers.raw("auto-submitted").trimmed().toLower();
    if (!autoSubmitted.isEmpty() && autoSubmitted != "no")
        return true;
    return Bounce::MtaPatterns::bounceSubject().match(headers.text("subject")).hasMatch();
}

bool BounceWatch::inspect(const Watch::Arrival &arrival)
{
    if (!looksLikeReport(arrival.header))
        return false;
    m_queue.append(arrival);
    if (!m_session)
        fetchQueued();
    return true;
}

void BounceWatch::fetchQueued()
{
    if (m_queue.isEmpty() || m_session)
        return;
    m_inFlight = std::exchange(m_queue, {});
    auto *session = new Watch::MailboxSession(m_options.access, Watch::MailboxSession::Mode::Examine, this);
    m_session = session;
    connect(session, &Watch::MailboxSession::sessionCreated, this, &BounceWatch::sessionCreated);
    connect(session, &Watch::MailboxSession::failed, this, [this](const Net::ServiceError &error) {
        // The watcher will see the same trouble and say so; these reports are simply lost.
        qCWarning(lcProbe) << "Cannot fetch" << m_inFlight.size() << "possible reports:" << error.detail;
        done();
    });
    connect(session, &Watch::MailboxSession::closed, this, &BounceWatch::done);
    connect(session, &Watch::MailboxSession::opened, this, [this, session](const Imap::MailboxState &mailbox) {
        QList<quint32> uids;
        for (const Watch::Arrival &arrival : std::as_const(m_inFlight)) {
            if (arrival.uidValidity == mailbox.uidValidity)
                uids.append(arrival.uid);
        }
        auto *fetch = new Imap::UidFetchJob(Imap::CommandSyntax::sequenceSet(uids), Imap::UidFetchJob::Body);
        fetch->setBodySizeCap(m_options.sizeCap);
        connect(fetch, &Imap::UidFetchJob::fetched, this, [this](const Imap::FetchData &message) {
            if (!message.body)
                return;
            for (const Watch::Arrival &arrival : std::as_const(m_inFlight)) {
                if (arrival.uid == message.uid) {
                    const Bounce::BounceReport report = Bounce::BounceClassifier().classify(*message.body);
                    Q_EMIT reportClassified(arrival, *message.body, report);
                    break;
                }
            }
        });
        connect(fetch, &Imap::Job::finished, session, &Watch::MailboxSession::close);
        if (Imap::Session *imap = session->session())
            imap->enqueue(fetch);
        else
            delete fetch;
    });
    session->start();
}

void BounceWatch::done()
{
    if (Watch::MailboxSession *session = std::exchange(m_session, nullptr))
        session->deleteLater();
    m_inFlight.clear();
    fetchQueued();
}

} // namespace Vigie::Probe
