#include "ProbeRemover.h"

#include "ProbeLogging.h"
#include "imap/CommandSyntax.h"
#include "imap/FetchData.h"
#include "imap/UidExpungeJob.h"
#include "imap/UidFetchJob.h"
#include "imap/UidMoveJob.h"
#include "imap/UidSearchJob.h"
#include "imap/UidStoreJob.h"
#include "mime/HeaderBlock.h"
#include "smtp/ProbeMessage.h"
#include "watch/MailboxSession.h"

namespace Vigie::Probe {

namespace {
constexpr int MaxAttempts = 3; // then the probes stay in the INBOX: harmless, and logged
}

ProbeRemover::ProbeRemover(Options options, TokenCheck isIssued, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_isIssued(std::move(isIssued))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProbeRemover::run);
}

ProbeRemover::~ProbeRemover() = default;

void ProbeRemover::remove(quint32 uidValidity, quint32 uid)
{
    m_queue.append({uidValidity, uid});
    schedule();
}

void ProbeRemover::sweep()
{
    m_sweepRequested = true;
    schedule();
}

void ProbeRemover::schedule()
{
    if (!m_session && !m_timer.isActive())
        m_timer.start(m_options.batchDelayMs);
}

void ProbeRemover::run()
{
    if (m_session || (m_queue.isEmpty() && !m_sweepRequested))
        return;
    m_sweeping = std::exchange(m_sweepRequested, false);
    m_batchValidity = m_queue.isEmpty() ? 0 : m_queue.constFirst().first;
    m_batch.clear();
    QList<std::pair<quint32, quint32>> later;
    for (const auto &[validity, uid] : std::as_const(m_queue)) {
        if (validity == m_batchValidity)
            m_batch.append(uid);
        else
            later.append({validity, uid});
    }
    m_queue = later;
    auto *session = new Watch::MailboxSession(m_options.access, Watch::MailboxSession::Mode::Select, this);
    m_session = session;
    connect(session, &Watch::MailboxSession::sessionCreated, this, &ProbeRemover::sessionCreated);
    connect(session, &Watch::MailboxSession::failed, this, [this](const Net::ServiceError &error) {
        // Left for the next batch: the probes stay in the INBOX until then, which is harmless.
        qCWarning(lcProbe) << "Cannot remove probes:" << Net::toString(error.kind) << error.detail;
        if (++m_failures < MaxAttempts) {
            for (const quint32 uid : std::as_const(m_batch))
                m_queue.append({m_batchValidity, uid});
            m_sweepRequested = m_sweepRequested || m_sweeping;
        } else {
            qCWarning(lcProbe) << "Giving up removing" << m_batch.size() << "probe(s)";
            m_failures = 0;
        }
        Q_EMIT removalFailed(error.detail);
        finishBatch();
    });
    connect(session, &Watch::MailboxSession::closed, this, &ProbeRemover::finishBatch);
    connect(session, &Watch::MailboxSession::opened, this,
            [this](const Imap::MailboxState &mailbox) { verify(mailbox.uidValidity); });
    session->start();
}

void ProbeRemover::verify(quint32 uidValidity)
{
    if (m_batchValidity != 0 && uidValidity != m_batchValidity) {
        qCInfo(lcProbe) << "UIDVALIDITY changed; the watcher will report the probes again";
        m_batch.clear();
    }
    if (m_sweeping)
        search();
    else
        readTokens();
}

void ProbeRemover::search()
{
    Imap::Session *session = m_session ? m_session->session() : nullptr;
    if (!session)
        return;
    Imap::UidSearchJob::Criteria criteria;
    criteria.headers = {{Smtp::ProbeMessage::headerName(), QByteArray()}};
    criteria.undeleted = true; // left marked by an earlier removal without UIDPLUS: done already
    auto *search = new Imap::UidSearchJob(criteria);
    connect(search, &Imap::Job::finished, this, [this, search] {
        if (search->error().isError())
            qCWarning(lcProbe) << "Cannot search for probes:" << search->error().detail;
        else
            m_batch += search->uids();
        readTokens();
    });
    session->enqueue(search);
}

void ProbeRemover::readTokens()
{
    Watch::MailboxSession *session = m_session;
    if (!session || !session->session())
        return;
    if (m_batch.isEmpty()) {
        session->close();
        return;
    }
    auto *fetch = new Imap::UidFetchJob(Imap::CommandSyntax::sequenceSet(m_batch), Imap::UidFetchJob::Header);
    fetch->setHeaderFields({Smtp::ProbeMessage::headerName()});
    auto verified = std::make_shared<std::pair<QList<quint32>, QStringList>>();
    connect(fetch, &Imap::UidFetchJob::fetched, this, [this, verified](const Imap::FetchData &message) {
        const Mime::HeaderBlock headers = Mime::HeaderBlock::parse(message.header.value_or(QByteArray()), 500);
        const QString token = QString::fromLatin1(headers.raw(Smtp::ProbeMessage::headerName().toLower()).trimmed());
        if (message.uid && m_batch.contains(*message.uid) && !verified->first.contains(*message.uid)
            && m_isIssued(token)) {
            verified->first.append(*message.uid);
            verified->second.append(token);
        }
    });
    connect(fetch, &Imap::Job::finished, this, [this, session, fetch, verified] {
        if (fetch->error().isError() || verified->first.isEmpty()) {
            session->close();
            return;
        }
        discard(verified->first, verified->second);
    });
    session->session()->enqueue(fetch);
}

Imap::Job *ProbeRemover::removalJob(const QByteArray &uidSet, bool *markedOnly)
{
    Imap::Session *session = m_session->session();
    *markedOnly = false;
    if (!m_options.moveTo.isEmpty()) {
        if (session->hasCapability("MOVE"))
            return new Imap::UidMoveJob(uidSet, m_options.moveTo);
        qCWarning(lcProbe) << "The server lacks MOVE: probes" << uidSet << "stay in the INBOX";
        Q_EMIT problemFound(Problem::CannotMove);
        return nullptr;
    }
    if (session->hasCapability("UIDPLUS")) {
        session->enqueue(new Imap::UidStoreJob(uidSet, QByteArrayLiteral("\\Deleted")));
        return new Imap::UidExpungeJob(uidSet);
    }
    // Read, so they add nothing to the unread count; gone at the owner's next purge.
    *markedOnly = true;
    return new Imap::UidStoreJob(uidSet, QByteArrayLiteral("\\Seen \\Deleted"));
}

void ProbeRemover::discard(const QList<quint32> &uids, const QStringList &tokens)
{
    Watch::MailboxSession *mailbox = m_session;
    if (!mailbox || !mailbox->session())
        return;
    const QByteArray set = Imap::CommandSyntax::sequenceSet(uids);
    bool markedOnly = false;
    Imap::Job *last = removalJob(set, &markedOnly);
    if (!last) {
        mailbox->close();
        return;
    }
    connect(last, &Imap::Job::finished, this, [this, mailbox, last, tokens, set, markedOnly] {
        const Net::ServiceError error = last->error();
        if (error.isError()) {
            qCWarning(lcProbe) << "Probe removal refused:" << error.detail << error.responseCode << error.serverText;
            if (!m_options.moveTo.isEmpty() && error.responseCode == "TRYCREATE")
                Q_EMIT problemFound(Problem::FolderMissing);
            Q_EMIT removalFailed(error.detail);
        } else if (markedOnly) {
            qCWarning(lcProbe) << "The server lacks UIDPLUS: probes" << set << "left marked \\Deleted";
            m_failures = 0;
            Q_EMIT problemFound(Problem::CannotExpunge);
        } else {
            qCInfo(lcProbe) << "Removed" << tokens.size() << "probe(s) from the primary mailbox";
            m_failures = 0;
            Q_EMIT probesRemoved(tokens);
        }
        mailbox->close();
    });
    mailbox->session()->enqueue(last);
}

void ProbeRemover::finishBatch()
{
    if (Watch::MailboxSession *session = std::exchange(m_session, nullptr))
        session->deleteLater();
    m_batch.clear();
    m_sweeping = false;
    // After a failure the server is likely still away: wait longer than a batch.
    if (!m_queue.isEmpty() || m_sweepRequested)
        m_timer.start(m_failures > 0 ? 10 * m_options.batchDelayMs : m_options.batchDelayMs);
}

} // namespace Vigie::Probe
