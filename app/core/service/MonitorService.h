#pragma once

#include "DetectionPipeline.h"
#include "config/Settings.h"
#include "detect/Incident.h"
#include "detect/IncidentState.h"
#include "platform/Clock.h"
#include "probe/BackupProblem.h"
#include "secrets/SecretStoreFactory.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QLockFile;

#include <memory>
#include <optional>

namespace Vigie::Store {
class Database;
class IncidentRepository;
class Journal;
} // namespace Vigie::Store

namespace Vigie::Secrets {
class SecretReply;
class SecretStore;
} // namespace Vigie::Secrets

namespace Vigie::Detect {
class IncidentStateMachine;
struct SignalEvent;
} // namespace Vigie::Detect

namespace Vigie::Service {

// The core of a running Vigie, shared by the tray application and the headless daemon: it
// owns the database, the incident state machine and the detection pipeline built from the
// settings and the stored passwords, and reports what they conclude. It never touches a
// widget; front ends only render what it says.
class MonitorService : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Running, NotConfigured, Failed };
    Q_ENUM(State)

    MonitorService(Config::Settings settings, QString databasePath, QObject *parent = nullptr);
    ~MonitorService() override;

    State state() const { return m_state; }
    // Why the service is not running, as a sentence; empty when it is.
    QString problem() const { return m_problem; }
    const Config::Settings &settings() const { return m_settings; }

    // Before start(). Not owned; without one, the store the settings name is built for context.
    void setSecretStore(Secrets::SecretStore *store) { m_secretStore = store; }
    void setSecretStoreContext(Secrets::SecretStoreContext context) { m_secretContext = context; }
    // Before start(): probe and deadline times, for tests; default from the settings.
    void setTiming(const DetectionPipeline::Timing &timing, int deadlineCheckMs);

    Detect::IncidentState incidentState() const;
    // Until when the owner snoozed the alarms; invalid when never.
    QDateTime snoozedUntil() const;
    // The mail-flow incident open now, if any.
    std::optional<Detect::Incident> mailIncident() const;
    Detect::AccessState accessState() const;
    // Whether the backup account can send probes now (false also while it is failing).
    bool probesAvailable() const;
    DetectionPipeline *pipeline() const { return m_pipeline; }
    // Passwords read and the pipeline built: overrides can be acted on.
    bool isWatching() const { return m_pipeline != nullptr; }
    Store::Database *database() const { return m_database.get(); }

    void start();
    void stop();

public Q_SLOTS:
    void snooze(int hours);
    void declareOutage();
    void declareResolved();

Q_SIGNALS:
    void stateChanged(Vigie::Service::MonitorService::State state);
    // The pipeline is built and watching (passwords read).
    void watchingStarted();
    void incidentStateChanged(Vigie::Detect::IncidentState from, Vigie::Detect::IncidentState to);
    void accessStateChanged(Vigie::Detect::AccessState from, Vigie::Detect::AccessState to);
    // The owner snoozed the alarms, from the tray or vigie-cli, or lifted the snooze (until invalid).
    void snoozed(const QDateTime &until);
    void incidentOpened(const Vigie::Detect::Incident &incident);
    void incidentClosed(const Vigie::Detect::Incident &incident);
    void outageDeclared(const Vigie::Detect::Incident &incident);
    void outageResolved(const Vigie::Detect::Incident &incident);
    void authenticationRefused();
    void backupProblemOccurred(const Vigie::Probe::BackupProblem &problem);
    void backupProblemEnded();
    // Every IMAP session the pipeline opens (see DetectionPipeline::sessionCreated): the wire log.
    void imapSessionCreated(const QString &role, Vigie::Imap::Session *session);

private:
    void setState(State state, const QString &problem = {});
    bool claimDatabase();
    void readPasswords();
    void onPasswordRead(Secrets::SecretReply *reply);
    void startWatching();
    void handle(const Detect::SignalEvent &event);
    void pruneDatabase();

    Config::Settings m_settings;
    QString m_databasePath;
    Platform::SystemClock m_clock;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::Journal> m_journal;
    std::unique_ptr<Store::IncidentRepository> m_incidents;
    std::unique_ptr<Secrets::SecretStore> m_ownedSecretStore;
    Secrets::SecretStore *m_secretStore = nullptr;
    Secrets::SecretStoreContext m_secretContext = Secrets::SecretStoreContext::Desktop;
    QList<QPointer<Secrets::SecretReply>> m_replies;
    DetectionPipeline::Passwords m_passwords;
    std::optional<DetectionPipeline::Timing> m_timing;
    Detect::IncidentStateMachine *m_machine = nullptr;
    DetectionPipeline *m_pipeline = nullptr;
    QTimer m_deadlines;
    QTimer m_pruning;
    State m_state = State::Stopped;
    bool m_startJournaled = false;
    QString m_problem;
};

} // namespace Vigie::Service
