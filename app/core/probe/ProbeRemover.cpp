#include "ProbeRemover.h"

#include "ProbeLogging.h"
#include "imap/CommandSyntax.h"
#include "imap/FetchData.h"
#include "imap/UidExpungeJob.h"
#include "imap/UidFetchJob.h"
#include "imap/UidMoveJob.h"
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
    if (!m_session && !m_timer.isActive())
        m_timer.start(m_options.batchDelayMs);
}

void ProbeRemover::run()
{
    if (m_session || m_queue.isEmpty())
        return;
    m_batchValidity = m_queue.constFirst().first;
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
    Watch::MailboxSession *session = m_session;
    if (!session)
        return;
    if (uidValidity != m_batchValidity) {
        qCInfo(lcProbe) << "UIDVALIDITY changed; the watcher will report the probes again";
        session->close();
        return;
    }
    auto *fetch = new Imap::UidFetchJob(Imap::CommandSyntax::sequenceSet(m_batch), Imap::UidFetchJob::Header);
    fetch->setHeaderFields({Smtp::ProbeMessage::headerName()});
    auto verified = std::make_shared<std::pair<QList<quint32>, QStringList>>();
    connect(fetch, &Imap::UidFetchJob::fetched, this, [this, verified](const Imap::FetchData &message) {
        const Mime::HeaderBlock headers = Mime::HeaderBlock::parse(message.header.value_or(QByteArray()), 500);
        const QString token = QString::fromLatin1(headers.raw(Smtp::ProbeMessage::headerName().toLower()).trimmed());
        if (message.uid && m_batch.contains(*message.uid) && m_isIssued(token)) {
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
    if (Imap::Session *imap = session->session())
        imap->enqueue(fetch);
    else
        delete fetch;
}

void ProbeRemover::discard(const QList<quint32> &uids, const QStringList &tokens)
{
    Watch::MailboxSession *mailbox = m_session;
    Imap::Session *session = mailbox ? mailbox->session() : nullptr;
    if (!session)
        return;
    const QByteArray set = Imap::CommandSyntax::sequenceSet(uids);
    Imap::Job *last = nullptr;
    if (!m_options.moveTo.isEmpty()) {
        last = new Imap::UidMoveJob(set, m_options.moveTo);
    } else {
        session->enqueue(new Imap::UidStoreJob(set, QByteArrayLiteral("\\Deleted")));
        if (session->hasCapability("UIDPLUS"))
            last = new Imap::UidExpungeJob(set);
        else
            qCWarning(lcProbe) << "The server lacks UIDPLUS: probes" << set << "left marked \\Deleted";
    }
    if (!last) {
        mailbox->close();
        return;
    }
    connect(last, &Imap::Job::finished, this, [this, mailbox, last, tokens] {
        if (last->error().isError()) {
            qCWarning(lcProbe) << "Probe removal refused:" << last->error().detail << last->error().serverText;
            Q_EMIT removalFailed(last->error().detail);
        } else {
            qCInfo(lcProbe) << "Removed" << tokens.size() << "probe(s) from the primary mailbox";
            m_failures = 0;
            Q_EMIT probesRemoved(tokens);
        }
        mailbox->close();
    });
    session->enqueue(last);
}

void ProbeRemover::finishBatch()
{
    if (Watch::MailboxSession *session = std::exchange(m_session, nullptr))
        session->deleteLater();
    m_batch.clear();
    // After a failure the server is likely still away: wait longer than a batch.
    if (!m_queue.isEmpty())
        m_timer.start(m_failures > 0 ? 10 * m_options.batchDelayMs : m_options.batchDelayMs);
}

} // namespace Vigie::Probe
