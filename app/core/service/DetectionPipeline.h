#pragma once

#include "config/Settings.h"
#include "detect/TimedArrival.h"
#include "imap/Session.h"
#include "probe/BackupProblem.h"
#include "probe/ProbeRemover.h"
#include "watch/MailboxWatcher.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <memory>

namespace Vigie::Platform {
class Clock;
}

namespace Vigie::Store {
class Database;
class Journal;
class ProbeRepository;
class WatchPositionRepository;
} // namespace Vigie::Store

namespace Vigie::Detect {
class ArrivalFilter;
class IncidentStateMachine;
class SilenceWatch;
} // namespace Vigie::Detect

namespace Vigie::Watch {
class HistoryLoader;
}

namespace Vigie::Bounce {
struct BounceReport;
}

namespace Vigie::Probe {
class BounceMatcher;
class BounceWatch;
class ProbeScheduler;
class ProbeTracker;
} // namespace Vigie::Probe

namespace Vigie::Service {

// Everything that feeds the incident state machine, wired: the primary mailbox's watcher
// (arrivals, probes coming back, access failures, reports about the owner's address), the
// silence watch learned from eight weeks of history, the probe scheduler and tracker, the
// backup mailbox's watcher for the bounces of probes, and the remover that takes arrived probes
// out of the primary INBOX. Without a backup account, there are no probes.
class DetectionPipeline : public QObject
{
    Q_OBJECT
public:
    // The times the settings give in minutes; tests set them in seconds.
    struct Timing
    {
        qint64 probeIntervalMs = 15 * 60 * 1000;
        qint64 firstProbeDelayMs = 30'000;
        qint64 overdueMs = 30 * 60 * 1000;
        int removalBatchMs = 5'000;
        int backoffMinimumMs = 2'000;
        int backoffMaximumMs = 300'000;
        int historyDays = 56;

        static Timing fromSettings(const Config::DetectionSettings &detection);
    };
    struct Passwords
    {
        QString primary;
        QString backup;
    };

    DetectionPipeline(Config::Settings settings, Passwords passwords, Timing timing, const Platform::Clock &clock,
                      Store::Database &database, Detect::IncidentStateMachine &machine, Store::Journal *journal,
                      QObject *parent = nullptr);
    ~DetectionPipeline() override;

    bool probesEnabled() const;
    const Detect::SilenceWatch &silence() const { return *m_silence; }
    void start();
    void stop();

Q_SIGNALS:
    // Every IMAP session the pipeline opens, for wire logs and tests: "primary", "backup",
    // "primary-bounces", "backup-bounces", "removal", "history".
    void sessionCreated(const QString &role, Vigie::Imap::Session *session);
    void backupProblemOccurred(const Vigie::Probe::BackupProblem &problem);
    void backupProblemEnded();
    void probesRemoved(const QStringList &tokens);
    // Each live arrival the silence model learns from: never a probe, nor Vigie's own mail.
    void arrivalCounted(const Vigie::Detect::TimedArrival &arrival);

private:
    void buildProbes();
    Watch::MailboxWatcher::Options watcherOptions(const Config::AccountSettings &account,
                                                  const QString &password) const;
    // Picks the watch up where the last run stopped, and keeps where it is for the next run.
    void resume(Watch::MailboxWatcher *watcher, const Watch::MailboxAccess &access);
    void onPrimaryArrival(const Watch::Arrival &arrival);
    void recordForSilence(const QDateTime &at, Detect::ArrivalOrigin origin);
    void onRemovalProblem(Probe::ProbeRemover::Problem problem);
    void onReport(const Watch::Arrival &arrival, const QByteArray &raw, const Bounce::BounceReport &report);
    void loadHistory();
    bool retryHistory(const Net::ServiceError &error);
    void startProbesWhenWatching();
    void journal(const QString &kind, const QString &message);
    template<typename Sender>
    void forwardSessions(Sender *sender, void (Sender::*signal)(Imap::Session *), const QString &role)
    {
        connect(sender, signal, this, [this, role](Imap::Session *session) { Q_EMIT sessionCreated(role, session); });
    }

    Config::Settings m_settings;
    Passwords m_passwords;
    Timing m_timing;
    const Platform::Clock &m_clock;
    Store::Database &m_database;
    Detect::IncidentStateMachine &m_machine;
    Store::Journal *m_journal;
    std::unique_ptr<Store::ProbeRepository> m_probes;
    std::unique_ptr<Store::WatchPositionRepository> m_positions;
    std::unique_ptr<Detect::ArrivalFilter> m_filter;
    std::unique_ptr<Probe::BounceMatcher> m_matcher;
    Detect::SilenceWatch *m_silence = nullptr;
    Watch::MailboxWatcher *m_primary = nullptr;
    Watch::MailboxWatcher *m_backup = nullptr;
    Watch::HistoryLoader *m_history = nullptr;
    Probe::BounceWatch *m_primaryBounces = nullptr;
    Probe::BounceWatch *m_backupBounces = nullptr;
    Probe::ProbeScheduler *m_scheduler = nullptr;
    Probe::ProbeTracker *m_tracker = nullptr;
    Probe::ProbeRemover *m_remover = nullptr;
    QList<Detect::TimedArrival> m_historyArrivals;
    QList<Detect::TimedArrival> m_liveArrivals; // seen before the history was learned
    QDateTime m_historyFrom; // arrivals before it are in the history already
    QList<Probe::ProbeRemover::Problem> m_removalProblems; // journaled in this run
    bool m_historyLearned = false;
    Watch::Backoff m_historyBackoff; // between attempts to read the history
    bool m_primaryConnected = false;
    bool m_backupConnected = false;
    bool m_backupMailboxFailing = false;
    bool m_running = false;
};

} // namespace Vigie::Service
