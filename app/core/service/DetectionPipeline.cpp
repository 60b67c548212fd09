#include "DetectionPipeline.h"

#include "ServiceLogging.h"
#include "bounce/BounceReport.h"
#include "detect/ArrivalFilter.h"
#include "detect/DetectionOptions.h"
#include "detect/IncidentStateMachine.h"
#include "detect/SilenceWatch.h"
#include "mime/BulkSender.h"
#include "mime/HeaderBlock.h"
#include "platform/Clock.h"
#include "probe/BounceMatcher.h"
#include "probe/BounceWatch.h"
#include "probe/ProbeRemover.h"
#include "probe/ProbeScheduler.h"
#include "probe/ProbeTracker.h"
#include "smtp/ProbeMessage.h"
#include "store/Journal.h"
#include "store/ProbeRepository.h"
#include "store/WatchPositionRepository.h"
#include "watch/ArrivalAge.h"
#include "watch/HistoryLoader.h"
#include "watch/MailboxWatcher.h"

#include <QTimer>

#include <algorithm>

namespace Vigie::Service {

using Detect::SignalEvent;
using Kind = Net::ServiceError::Kind;

namespace {

// How often the history is tried, with the watchers' backoff, before learning from new arrivals only.
constexpr int HistoryAttempts = 10;
// A silence is called only on a mailbox seen in full this recently.
constexpr qint64 FreshSyncMs = 2 * 60 * 1000;

} // namespace

DetectionPipeline::Timing DetectionPipeline::Timing::fromSettings(const Config::DetectionSettings &detection)
{
    Timing timing;
    timing.probeIntervalMs = qint64(qMax(1, detection.probeIntervalMinutes)) * 60 * 1000;
    // Two intervals, so one slow probe is never overdue before the next one is sent.
    timing.overdueMs = qMax<qint64>(2 * timing.probeIntervalMs, 5 * 60 * 1000);
    return timing;
}

DetectionPipeline::DetectionPipeline(Config::Settings settings, Passwords passwords, Timing timing,
                                     const Platform::Clock &clock, Store::Database &database,
                                     Detect::IncidentStateMachine &machine, Store::Journal *journal, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_passwords(std::move(passwords))
    , m_timing(timing)
    , m_clock(clock)
    , m_database(database)
    , m_machine(machine)
    , m_journal(journal)
    , m_probes(std::make_unique<Store::ProbeRepository>(database))
    , m_positions(std::make_unique<Store::WatchPositionRepository>(database))
    , m_filter(
          std::make_unique<Detect::ArrivalFilter>(QStringList{m_settings.backup.address, m_settings.primary.address}))
    , m_historyBackoff(timing.backoffMinimumMs, timing.backoffMaximumMs)
{
    const Watch::MailboxWatcher::Options primary = watcherOptions(m_settings.primary, m_passwords.primary);
    m_primary = new Watch::MailboxWatcher(primary, m_clock, this);
    forwardSessions(m_primary, &Watch::MailboxWatcher::sessionCreated, QStringLiteral("primary"));
    connect(m_primary, &Watch::MailboxWatcher::arrivalSeen, this, &DetectionPipeline::onPrimaryArrival);
    resume(m_primary, primary.access);
    connect(m_primary, &Watch::MailboxWatcher::errorOccurred, this, [this](const Net::ServiceError &error) {
        if (error.kind == Kind::Cancelled)
            return;
        m_machine.handle(error.kind == Kind::Authentication ? SignalEvent::authenticationFailed(m_clock.now(), error)
                                                            : SignalEvent::accessFailureStarted(m_clock.now(), error));
    });
    connect(m_primary, &Watch::MailboxWatcher::connected, this, [this] {
        if (m_machine.accessState() != Detect::AccessState::Ok)
            m_machine.handle(SignalEvent::accessFailureEnded(m_clock.now()));
        m_primaryConnected = true;
        startProbesWhenWatching();
    });

    m_silence = new Detect::SilenceWatch(Detect::DetectionOptions::silence(m_settings.detection), m_clock, this);
    connect(m_silence, &Detect::SilenceWatch::silenceAlarmRaised, &m_machine, &Detect::IncidentStateMachine::handle);
    // An alarm while the mailbox cannot be seen, or while the owner snoozes, waits rather than being
    // spent. And the mailbox is looked at afresh before silence is called: a connection that died
    // quietly (a laptop waking up, a router forgetting it) hides the mail that did come.
    m_silence->setAlarmGate([this](const QDateTime &at) {
        if (m_machine.accessState() != Detect::AccessState::Ok || m_machine.isSnoozed(at))
            return false;
        const QDateTime synced = m_primary->lastSyncedAt();
        if (synced.isValid() && synced.msecsTo(at) <= FreshSyncMs)
            return true;
        m_primary->refresh();
        return false;
    });
    connect(m_primary, &Watch::MailboxWatcher::synced, m_silence, &Detect::SilenceWatch::checkNow);
    m_silence->setLearningSuspended(m_machine.state() != Detect::IncidentState::Healthy); // as restored
    connect(&m_machine, &Detect::IncidentStateMachine::stateChanged, this,
            [this](Detect::IncidentState, Detect::IncidentState to) {
                m_silence->setLearningSuspended(to != Detect::IncidentState::Healthy);
            });

    Probe::BounceWatch::Options bounces{primary.access};
    m_primaryBounces = new Probe::BounceWatch(bounces, this);
    forwardSessions(m_primaryBounces, &Probe::BounceWatch::sessionCreated, QStringLiteral("primary-bounces"));
    connect(m_primaryBounces, &Probe::BounceWatch::reportClassified, this, &DetectionPipeline::onReport);

    m_tracker = new Probe::ProbeTracker({m_timing.overdueMs}, m_clock, m_probes.get(), this);
    connect(m_tracker, &Probe::ProbeTracker::signalRaised, &m_machine, &Detect::IncidentStateMachine::handle);
    m_matcher = std::make_unique<Probe::BounceMatcher>(
        m_settings.primary.address, [this](const QString &token) { return m_tracker->isIssued(token); });
    if (probesEnabled())
        buildProbes();
}

DetectionPipeline::~DetectionPipeline() = default;

Watch::MailboxWatcher::Options DetectionPipeline::watcherOptions(const Config::AccountSettings &account,
                                                                 const QString &password) const
{
    Watch::MailboxWatcher::Options options =
        Watch::MailboxWatcher::Options::fromSettings(account, {{}, password, nullptr});
    options.backoffMinimumMs = m_timing.backoffMinimumMs;
    options.backoffMaximumMs = m_timing.backoffMaximumMs;
    return options;
}

bool DetectionPipeline::probesEnabled() const
{
    return !m_settings.primary.address.isEmpty() && !m_settings.backup.address.isEmpty()
        && m_settings.backup.smtp.isConfigured() && !m_passwords.backup.isEmpty();
}

void DetectionPipeline::buildProbes()
{
    Probe::ProbeScheduler::Options options;
    options.server = m_settings.backup.smtp;
    const QString user = m_settings.backup.smtp.username;
    options.credentials = {user.isEmpty() ? m_settings.backup.address : user, m_passwords.backup};
    options.from = m_settings.backup.address;
    options.to = m_settings.primary.address;
    options.intervalMs = m_timing.probeIntervalMs;
    options.firstProbeDelayMs = m_timing.firstProbeDelayMs;
    m_scheduler = new Probe::ProbeScheduler(options, m_clock, m_probes.get(), this);
    connect(m_scheduler, &Probe::ProbeScheduler::probeIssued, m_tracker, &Probe::ProbeTracker::probeIssued);
    connect(m_scheduler, &Probe::ProbeScheduler::probeWithdrawn, m_tracker, &Probe::ProbeTracker::probeWithdrawn);
    connect(m_scheduler, &Probe::ProbeScheduler::submissionRejected, &m_machine, &Detect::IncidentStateMachine::handle);
    connect(m_scheduler, &Probe::ProbeScheduler::backupProblemOccurred, this,
            [this](const Probe::BackupProblem &problem) {
                m_machine.setProbesAvailable(false);
                journal(QStringLiteral("backup-problem"),
                        tr("The backup account could not send a probe (%1).").arg(Net::toString(problem.error.kind)));
                Q_EMIT backupProblemOccurred(problem);
            });
    connect(m_scheduler, &Probe::ProbeScheduler::backupProblemEnded, this, [this] {
        m_machine.setProbesAvailable(true);
        Q_EMIT backupProblemEnded();
    });
    connect(&m_machine, &Detect::IncidentStateMachine::extraProbeRequested, m_scheduler,
            &Probe::ProbeScheduler::probeNow);

    Probe::ProbeRemover::Options removal;
    removal.access = Watch::MailboxAccess::fromSettings(m_settings.primary, {{}, m_passwords.primary, nullptr});
    removal.moveTo = m_settings.detection.probeFolder.toUtf8();
    removal.batchDelayMs = m_timing.removalBatchMs;
    // Never before its arrival is recorded: a sweep may find a probe before the watcher does.
    m_remover = new Probe::ProbeRemover(
        removal, [this](const QString &token) { return m_tracker->hasArrived(token); }, this);
    forwardSessions(m_remover, &Probe::ProbeRemover::sessionCreated, QStringLiteral("removal"));
    connect(m_remover, &Probe::ProbeRemover::problemFound, this, &DetectionPipeline::onRemovalProblem);
    connect(m_remover, &Probe::ProbeRemover::probesRemoved, this, [this](const QStringList &tokens) {
        for (const QString &token : tokens)
            m_probes->setRemoved(token, m_clock.now());
        Q_EMIT probesRemoved(tokens);
    });

    if (!m_settings.backup.imap.isConfigured())
        return; // probes still tell by arriving or not; their bounces go unseen
    const Watch::MailboxWatcher::Options backup = watcherOptions(m_settings.backup, m_passwords.backup);
    m_backup = new Watch::MailboxWatcher(backup, m_clock, this);
    forwardSessions(m_backup, &Watch::MailboxWatcher::sessionCreated, QStringLiteral("backup"));
    resume(m_backup, backup.access); // bounces that came while Vigie was not running
    connect(m_backup, &Watch::MailboxWatcher::connected, this, [this] {
        m_backupConnected = true;
        startProbesWhenWatching();
        if (std::exchange(m_backupMailboxFailing, false))
            Q_EMIT backupProblemEnded();
    });
    connect(m_backup, &Watch::MailboxWatcher::errorOccurred, this, [this](const Net::ServiceError &error) {
        if (error.kind == Kind::Cancelled || std::exchange(m_backupMailboxFailing, true))
            return; // told once per episode: the watcher retries on its own
        startProbesWhenWatching();
        Probe::BackupProblem problem;
        problem.at = m_clock.now();
        problem.service = Probe::BackupProblem::Service::Mailbox;
        problem.error = error;
        journal(QStringLiteral("backup-problem"),
                tr("The backup mailbox cannot be watched (%1); bounces of probes go unseen.")
                    .arg(Net::toString(error.kind)));
        Q_EMIT backupProblemOccurred(problem);
    });
    m_backupBounces = new Probe::BounceWatch({backup.access}, this);
    forwardSessions(m_backupBounces, &Probe::BounceWatch::sessionCreated, QStringLiteral("backup-bounces"));
    connect(m_backup, &Watch::MailboxWatcher::arrivalSeen, m_backupBounces, &Probe::BounceWatch::inspect);
    connect(m_backupBounces, &Probe::BounceWatch::reportClassified, this, &DetectionPipeline::onReport);
}

void DetectionPipeline::start()
{
    if (m_running)
        return;
    m_running = true;
    m_tracker->restore();
    loadHistory();
    m_primary->start();
    if (m_remover)
        m_remover->sweep(); // probes an earlier run saw arrive but had no time to remove
    if (m_backup)
        m_backup->start();
}

void DetectionPipeline::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_scheduler)
        m_scheduler->stop();
    m_primary->stop();
    if (m_backup)
        m_backup->stop();
}

void DetectionPipeline::startProbesWhenWatching()
{
    // Once both mailboxes have their baseline: a probe or its bounce arriving before the watcher's
    // first EXAMINE would count as old mail. A backup mailbox that cannot be watched does not hold
    // the probes back: their arriving or not still tells, and its watch, once back, resumes.
    if (m_running && m_scheduler && m_primaryConnected && (!m_backup || m_backupConnected || m_backupMailboxFailing))
        m_scheduler->start();
}

void DetectionPipeline::resume(Watch::MailboxWatcher *watcher, const Watch::MailboxAccess &access)
{
    Store::WatchPosition position;
    position.server = access.session.host;
    position.username = access.credentials.username;
    position.mailbox = QString::fromUtf8(access.mailbox);
    if (const auto saved = m_positions->position(position.server, position.username, position.mailbox)) {
        // By date, should UIDVALIDITY have changed: from the last arrival, else the last save.
        watcher->setResumePoint(saved->uidValidity, saved->nextUid,
                                saved->lastArrival.isValid() ? saved->lastArrival : saved->saved);
    }
    connect(watcher, &Watch::MailboxWatcher::positionChanged, this, [this, watcher, position]() mutable {
        position.uidValidity = watcher->uidValidity();
        position.nextUid = watcher->nextUid();
        position.lastArrival = watcher->lastInternalDate();
        position.saved = m_clock.now();
        m_positions->save(position);
    });
}

void DetectionPipeline::loadHistory()
{
    Watch::HistoryLoader::Options options;
    options.access = Watch::MailboxAccess::fromSettings(m_settings.primary, {{}, m_passwords.primary, nullptr});
    options.days = m_timing.historyDays;
    options.loadSent = false;
    m_historyFrom = m_clock.now();
    m_history = new Watch::HistoryLoader(options, m_clock, this);
    forwardSessions(m_history, &Watch::HistoryLoader::sessionCreated, QStringLiteral("history"));
    connect(m_history, &Watch::HistoryLoader::arrivalsLoaded, this,
            [this](const QList<Watch::HistoryArrival> &arrivals) {
                for (const Watch::HistoryArrival &arrival : arrivals) {
                    if (m_filter->counts({arrival.internalDate, {}, arrival.probeToken, false}))
                        m_historyArrivals.append(
                            {arrival.internalDate.toMSecsSinceEpoch(), Detect::originOf(arrival.fromBulkSender)});
                }
            });
    connect(m_history, &Watch::HistoryLoader::finished, this, [this](const Net::ServiceError &error) {
        m_history->deleteLater();
        m_history = nullptr;
        if (error.isError()) {
            m_historyArrivals.clear(); // what came before the error would be learned twice
            if (retryHistory(error))
                return;
            qCWarning(lcService) << "No arrival history:" << error.detail << "- learning from new arrivals only";
            m_historyFrom = {};
        }
        // Live arrivals seen meanwhile come after the history, in order.
        for (const Detect::TimedArrival &arrival : std::as_const(m_liveArrivals)) {
            if (!m_historyFrom.isValid() || arrival.atMs >= m_historyFrom.toMSecsSinceEpoch())
                m_historyArrivals.append(arrival);
        }
        std::stable_sort(m_historyArrivals.begin(), m_historyArrivals.end(),
                         [](const Detect::TimedArrival &a, const Detect::TimedArrival &b) { return a.atMs < b.atMs; });
        m_silence->learnHistory(std::exchange(m_historyArrivals, {}));
        m_liveArrivals.clear();
        m_historyLearned = true;
    });
    m_history->start();
}

bool DetectionPipeline::retryHistory(const Net::ServiceError &error)
{
    // Started with the session, the network may not be up yet: without its history the
    // silence detector would stay mute for its two weeks of warm-up.
    if (m_historyBackoff.attempts() + 1 >= HistoryAttempts)
        return false;
    const int delayMs = m_historyBackoff.nextDelayMs();
    qCWarning(lcService) << "No arrival history yet:" << error.detail << "- trying again in" << delayMs << "ms";
    QTimer::singleShot(delayMs, this, [this] {
        if (m_running && !m_history && !m_historyLearned)
            loadHistory();
    });
    return true;
}

void DetectionPipeline::onPrimaryArrival(const Watch::Arrival &arrival)
{
    const QDateTime now = m_clock.now();
    const Mime::HeaderBlock headers = Mime::HeaderBlock::parse(arrival.header, 500);
    const QByteArray token = headers.raw("x-vigie-probe").trimmed();
    if (!token.isEmpty() && m_tracker->isIssued(QString::fromLatin1(token))) {
        // Seen live, the clock is exact; found on connecting, only the server knows when it came.
        const bool dated = arrival.backlog && arrival.internalDate.isValid();
        m_tracker->probeArrived(QString::fromLatin1(token), dated ? arrival.internalDate : now);
        if (m_remover)
            m_remover->remove(arrival.uidValidity, arrival.uid);
        return;
    }
    m_primaryBounces->inspect(arrival);
    Detect::ArrivalCandidate candidate;
    candidate.at = arrival.internalDate.isValid() ? arrival.internalDate : now;
    candidate.from = arrival.envelope.from.isEmpty() ? QString() : arrival.envelope.from.constFirst().email();
    candidate.probeToken = token;
    const QByteArray autoSubmitted = headers.raw("auto-submitted").trimmed().toLower();
    candidate.autoSubmitted = !autoSubmitted.isEmpty() && autoSubmitted != "no";
    if (!m_filter->counts(candidate))
        return;
    recordForSilence(candidate.at, Detect::originOf(Mime::BulkSender::isBulk(headers)));
    if (Watch::ArrivalAge::isMovedIn(arrival, now)) {
        qCInfo(lcService) << "Message UID" << arrival.uid << "delivered on" << arrival.internalDate
                          << "was moved in: it says nothing of mail flowing now";
        return;
    }
    // Found on connecting, it tells of mail flowing when it was delivered; seen live, of now.
    m_machine.handle(SignalEvent::mailArrived(now, arrival.backlog ? arrival.internalDate : QDateTime()));
}

void DetectionPipeline::recordForSilence(const QDateTime &at, Detect::ArrivalOrigin origin)
{
    Q_EMIT arrivalCounted({at.toMSecsSinceEpoch(), origin});
    if (!m_historyLearned)
        m_liveArrivals.append({at.toMSecsSinceEpoch(), origin});
    else if (!m_historyFrom.isValid() || at >= m_historyFrom)
        m_silence->recordArrival(at, origin);
}

void DetectionPipeline::onRemovalProblem(Probe::ProbeRemover::Problem problem)
{
    using Problem = Probe::ProbeRemover::Problem;
    if (m_removalProblems.contains(problem))
        return;
    m_removalProblems.append(problem);
    switch (problem) {
    case Problem::CannotExpunge:
        journal(QStringLiteral("probe-removal"),
                tr("The primary mail server cannot delete single messages: arrived probes are left marked as "
                   "deleted, for your mail program to purge."));
        break;
    case Problem::CannotMove:
        journal(QStringLiteral("probe-removal"),
                tr("The primary mail server cannot move messages: arrived probes stay in the inbox. Leave the probe "
                   "folder setting empty to have them deleted instead."));
        break;
    case Problem::FolderMissing:
        journal(QStringLiteral("probe-removal"),
                tr("The folder %1 for probes does not exist on the primary mail server: arrived probes stay in the "
                   "inbox until it is created.")
                    .arg(m_settings.detection.probeFolder));
        break;
    }
}

void DetectionPipeline::onReport(const Watch::Arrival &arrival, const QByteArray &raw,
                                 const Bounce::BounceReport &report)
{
    const Probe::BounceMatcher::Match match = m_matcher->match(report, raw);
    if (match.kind == Probe::BounceMatcher::Match::Kind::None)
        return;
    const QDateTime now = m_clock.now();
    const Watch::ArrivalAge::Report age = Watch::ArrivalAge::ofReport(arrival, now);
    if (age == Watch::ArrivalAge::Report::Stale) {
        qCInfo(lcService) << "A bounce delivered on" << arrival.internalDate << "report UID" << arrival.uid << "in"
                          << arrival.mailbox << "is too old to tell anything now";
        return;
    }
    // Delivered a while ago (found on connecting, or moved in): a live probe settles it.
    const bool late = age == Watch::ArrivalAge::Report::FoundLate;
    const char *const found = late ? "found late" : "live";
    const QString dsn = QString::fromUtf8(raw);
    if (match.kind == Probe::BounceMatcher::Match::Kind::Probe) {
        qCInfo(lcService) << "A probe bounced, report UID" << arrival.uid << "in" << arrival.mailbox << found;
        m_tracker->probeBounced(SignalEvent::probeBounced(now, match.token, match.severity, match.status, dsn)
                                    .fromReport(arrival.internalDate, late),
                                match.reason);
    } else {
        qCInfo(lcService) << "Mail to the owner's address bounced, report UID" << arrival.uid << "in" << arrival.mailbox
                          << found;
        m_machine.handle(SignalEvent::ownerAddressBounced(now, match.severity, match.status, dsn)
                             .fromReport(arrival.internalDate, late));
    }
}

void DetectionPipeline::journal(const QString &kind, const QString &message)
{
    if (m_journal)
        m_journal->append(kind, message, m_clock.now());
}

} // namespace Vigie::Service
