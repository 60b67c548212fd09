#include "HistoryLoader.h"

#include "WatchLogging.h"
#include "imap/CommandSyntax.h"
#include "imap/ExamineJob.h"
#include "imap/ListJob.h"
#include "imap/LogoutJob.h"
#include "imap/SessionOpener.h"
#include "imap/UidFetchJob.h"
#include "imap/UidSearchJob.h"
#include "mime/BulkSender.h"
#include "platform/Clock.h"

#include <QTimer>

namespace Vigie::Watch {

using namespace Imap;

namespace {

HistoryArrival historyArrival(const FetchData &message)
{
    const Mime::HeaderBlock header = Mime::HeaderBlock::parse(message.header.value_or(QByteArray()), 20);
    return {message.internalDate, Mime::BulkSender::isBulk(header), header.raw("x-vigie-probe").trimmed()};
}

} // namespace

HistoryLoader::HistoryLoader(Options options, const Platform::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{ }

void HistoryLoader::start()
{
    m_since = m_clock.now().addDays(-m_options.days);
    auto *session = new Session(m_options.access.session, this);
    m_session = session;
    Q_EMIT sessionCreated(session);
    connect(session, &Session::failed, this, &HistoryLoader::done);
    auto *opener = new SessionOpener(session, m_options.access.credentials, session);
    connect(opener, &SessionOpener::failed, this, &HistoryLoader::done);
    connect(opener, &SessionOpener::opened, this, [this] { examine(m_options.access.mailbox, Phase::Inbox); });
    opener->start();
}

void HistoryLoader::examine(const QByteArray &mailbox, Phase phase)
{
    Session *session = m_session.data();
    if (!session || m_done)
        return;
    m_phase = phase;
    auto *examine = new ExamineJob(mailbox);
    connect(examine, &Job::finished, this, [this, examine] {
        if (examine->error().isError())
            done(examine->error());
    });
    session->enqueue(examine);
    UidSearchJob::Criteria criteria;
    criteria.since = m_since.date().addDays(-1); // SINCE is by day in the server's zone; trimmed below
    auto *search = new UidSearchJob(criteria);
    connect(search, &Job::finished, this, [this, search] {
        if (search->error().isError()) {
            done(search->error());
            return;
        }
        m_pending = search->uids();
        qCDebug(lcWatch) << "History:" << m_pending.size() << "candidate messages";
        fetchNextBatch();
    });
    session->enqueue(search);
}

void HistoryLoader::fetchNextBatch()
{
    Session *session = m_session.data();
    if (!session || m_done)
        return;
    if (m_pending.isEmpty()) {
        if (m_phase == Phase::Inbox && m_options.loadSent)
            findSent();
        else
            logout();
        return;
    }
    const qsizetype count = std::min<qsizetype>(m_pending.size(), m_options.batchSize);
    const QByteArray set = CommandSyntax::sequenceSet(m_pending.first(count));
    m_pending.remove(0, count);
    const bool sent = m_phase == Phase::Sent;
    auto *fetch =
        new UidFetchJob(set, UidFetchJob::InternalDate | (sent ? UidFetchJob::Envelope : UidFetchJob::Header));
    fetch->setHeaderFields(Mime::BulkSender::headerFields() << QByteArrayLiteral("X-Vigie-Probe"));
    auto arrivals = std::make_shared<QList<HistoryArrival>>();
    auto envelopes = std::make_shared<QList<Envelope>>();
    arrivals->reserve(count);
    connect(fetch, &UidFetchJob::fetched, this, [this, arrivals, envelopes, sent](const FetchData &message) {
        if (!message.internalDate.isValid() || message.internalDate < m_since)
            return;
        if (sent && message.envelope)
            envelopes->append(*message.envelope);
        else if (!sent)
            arrivals->append(historyArrival(message));
    });
    connect(fetch, &Job::finished, this, [this, fetch, arrivals, envelopes, sent] {
        if (fetch->error().isError()) {
            done(fetch->error());
            return;
        }
        if (sent && !envelopes->isEmpty())
            Q_EMIT sentEnvelopesLoaded(*envelopes);
        else if (!sent && !arrivals->isEmpty())
            Q_EMIT arrivalsLoaded(*arrivals);
        fetchNextBatch();
    });
    session->enqueue(fetch);
}

void HistoryLoader::findSent()
{
    Session *session = m_session.data();
    if (!session || m_done)
        return;
    auto *list = new ListJob("*");
    connect(list, &Job::finished, this, [this, list] {
        if (list->error().isError()) {
            done(list->error());
            return;
        }
        const QByteArray sent = list->sentMailbox();
        if (sent.isEmpty()) {
            qCInfo(lcWatch) << "No \\Sent mailbox found; history has arrivals only";
            logout();
            return;
        }
        Q_EMIT sentMailboxFound(sent);
        examine(sent, Phase::Sent);
    });
    session->enqueue(list);
}

void HistoryLoader::logout()
{
    Session *session = m_session.data();
    if (!session || m_done)
        return;
    auto *logout = new LogoutJob;
    connect(logout, &Job::finished, this, [this] { done({}); });
    session->enqueue(logout);
}

void HistoryLoader::done(const Net::ServiceError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (Session *session = m_session.data()) {
        session->disconnect(this);
        session->abort();
        session->deleteLater();
    }
    m_session = nullptr;
    m_pending.clear();
    Q_EMIT finished(error);
}

} // namespace Vigie::Watch
