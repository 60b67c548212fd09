#include "MonitorService.h"

#include "ServiceLogging.h"
#include "config/SettingsValidator.h"
#include "detect/DetectionOptions.h"
#include "detect/IncidentStateMachine.h"
#include "secrets/SecretReply.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/Journal.h"
#include "store/Retention.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace Vigie::Service {

using Detect::IncidentState;
using Detect::SignalEvent;

namespace {
constexpr int DefaultDeadlineCheckMs = 30'000;
constexpr int PruningIntervalMs = 24 * 3600 * 1000;

} // namespace

MonitorService::MonitorService(Config::Settings settings, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_databasePath(std::move(databasePath))
{
    m_deadlines.setInterval(DefaultDeadlineCheckMs);
    connect(&m_deadlines, &QTimer::timeout, this, [this] {
        if (m_machine)
            m_machine->checkDeadlines();
    });
    m_pruning.setInterval(PruningIntervalMs);
    connect(&m_pruning, &QTimer::timeout, this, &MonitorService::pruneDatabase);
}

MonitorService::~MonitorService()
{
    stop();
}

void MonitorService::setTiming(const DetectionPipeline::Timing &timing, int deadlineCheckMs)
{
    m_timing = timing;
    m_deadlines.setInterval(deadlineCheckMs);
}

Detect::IncidentState MonitorService::incidentState() const
{
    return m_machine ? m_machine->state() : IncidentState::Healthy;
}

QDateTime MonitorService::snoozedUntil() const
{
    return m_machine ? m_machine->snoozedUntil() : QDateTime();
}

std::optional<Detect::Incident> MonitorService::mailIncident() const
{
    return m_machine ? m_machine->mailIncident() : std::nullopt;
}

Detect::AccessState MonitorService::accessState() const
{
    return m_machine ? m_machine->accessState() : Detect::AccessState::Ok;
}

bool MonitorService::probesAvailable() const
{
    return m_machine && m_machine->probesAvailable();
}

void MonitorService::start()
{
    if (m_state == State::Running)
        return;
    if (!claimDatabase())
        return;
    auto database = std::make_unique<Store::Database>();
    if (!database->open(m_databasePath)) {
        setState(State::Failed, database->errorString());
        return;
    }
    m_database = std::move(database);
    m_journal = std::make_unique<Store::Journal>(*m_database);
    pruneDatabase();
    m_pruning.start();

    const Config::ConfigProblems problems = Config::SettingsValidator::validate(m_settings);
    if (Config::hasErrors(problems)) {
        setState(State::NotConfigured, problems.constFirst().message);
        return;
    }
    m_journal->append(QStringLiteral("service-started"),
                      tr("Vigie started watching %1.").arg(m_settings.primary.address));
    m_startJournaled = true;
    setState(State::Running);
    readPasswords();
}

bool MonitorService::claimDatabase()
{
    if (m_lock)
        return true; // started again after a problem: still ours
    // One Vigie per database: a second one (started again at login, or by hand) would send
    // probes of its own and contradict the first's judgement. A lock that cannot be made at all
    // (an unwritable folder) is left for the database to explain.
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    auto lock = std::make_unique<QLockFile>(m_databasePath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // stale only when its process is gone, however long it has run
    if (!lock->tryLock() && lock->error() != QLockFile::LockFailedError)
        return true;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        // Qt judges a lock naming a live process of the same name held: wrongly when that process
        // is this one (a container's first process, restarted) or when the host has another name
        // (a container made anew). Removing it succeeds only if no one holds it still.
        const bool doubtful = pid == QCoreApplication::applicationPid() || host != QSysInfo::machineHostName();
        if (!doubtful || !lock->removeStaleLockFile() || !lock->tryLock()) {
            setState(State::Failed,
                     tr("Vigie is already running (process %1) with the data in %2; if it is not, "
                        "delete %3.")
                         .arg(pid)
                         .arg(QFileInfo(m_databasePath).absolutePath(), lock->fileName()));
            return false;
        }
        qCWarning(lcService) << "Took over the lock left by process" << pid << "on" << host;
    }
    m_lock = std::move(lock);
    return true;
}

void MonitorService::readPasswords()
{
    if (!m_secretStore) {
        m_ownedSecretStore = Secrets::createSecretStore(m_settings.secrets, m_secretContext);
        m_secretStore = m_ownedSecretStore.get();
    }
    m_passwords = {};
    QStringList accounts{QStringLiteral("primary")};
    if (m_settings.backup.isConfigured())
        accounts.append(QStringLiteral("backup"));
    for (const QString &account : accounts) {
        Secrets::SecretReply *reply = m_secretStore->read(Config::Settings::secretKeyForAccount(account));
        m_replies.append(reply);
        connect(reply, &Secrets::SecretReply::finished, this, [this, reply] { onPasswordRead(reply); });
    }
}

void MonitorService::onPasswordRead(Secrets::SecretReply *reply)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    if (m_state != State::Running)
        return;
    const bool primary = reply->key() == Config::Settings::secretKeyForAccount(QStringLiteral("primary"));
    if (reply->error() != Secrets::SecretReply::Error::None || reply->value().isEmpty()) {
        for (const QPointer<Secrets::SecretReply> &other : std::as_const(m_replies)) {
            if (other)
                other->deleteLater();
        }
        m_replies.clear();
        const QString address = primary ? m_settings.primary.address : m_settings.backup.address;
        setState(State::NotConfigured,
                 reply->error() == Secrets::SecretReply::Error::NotFound || reply->value().isEmpty()
                     ? tr("No password is stored for %1 yet.").arg(address)
                     : tr("The password for %1 cannot be read: %2").arg(address, reply->errorString()));
        return;
    }
    (primary ? m_passwords.primary : m_passwords.backup) = reply->value();
    if (m_replies.isEmpty())
        startWatching();
}

void MonitorService::startWatching()
{
    m_incidents = std::make_unique<Store::IncidentRepository>(*m_database);
    const DetectionPipeline::Timing timing =
        m_timing.value_or(DetectionPipeline::Timing::fromSettings(m_settings.detection));
    const bool probes = !m_passwords.backup.isEmpty() && m_settings.backup.smtp.isConfigured();
    m_machine = new Detect::IncidentStateMachine(Detect::DetectionOptions::incidents(m_settings.detection, probes),
                                                 m_clock, Detect::IncidentRecorder(m_incidents.get()), this);
    m_machine->restore();
    connect(m_machine, &Detect::IncidentStateMachine::stateChanged, this,
            [this](IncidentState from, IncidentState to, const SignalEvent &cause) {
                m_journal->append(
                    QStringLiteral("incident-state"),
                    tr("Mail flow: %1 → %2 (%3).").arg(Detect::identifier(from), Detect::identifier(to), cause.name()),
                    cause.at);
                Q_EMIT incidentStateChanged(from, to);
            });
    connect(m_machine, &Detect::IncidentStateMachine::accessStateChanged, this, &MonitorService::accessStateChanged);
    connect(m_machine, &Detect::IncidentStateMachine::incidentOpened, this, &MonitorService::incidentOpened);
    connect(m_machine, &Detect::IncidentStateMachine::incidentClosed, this, [this](const Detect::Incident &incident) {
        Q_EMIT incidentClosed(incident);
        if (incident.kind == Detect::IncidentKind::MailFlow && incident.worstState == IncidentState::Outage) {
            m_journal->append(QStringLiteral("outage-resolved"), tr("The outage is over."), incident.closed);
            Q_EMIT outageResolved(incident);
        }
    });
    connect(m_machine, &Detect::IncidentStateMachine::outageDeclared, this, [this](const Detect::Incident &incident) {
        m_journal->append(QStringLiteral("outage-declared"),
                          tr("Mail to %1 is not being delivered.").arg(m_settings.primary.address), m_clock.now());
        Q_EMIT outageDeclared(incident);
    });
    connect(m_machine, &Detect::IncidentStateMachine::authenticationRefused, this, [this] {
        m_journal->append(QStringLiteral("authentication-refused"),
                          tr("The primary mail server refused the password for %1.").arg(m_settings.primary.address),
                          m_clock.now());
        Q_EMIT authenticationRefused();
    });

    m_pipeline =
        new DetectionPipeline(m_settings, m_passwords, timing, m_clock, *m_database, *m_machine, m_journal.get(), this);
    connect(m_pipeline, &DetectionPipeline::backupProblemOccurred, this, &MonitorService::backupProblemOccurred);
    connect(m_pipeline, &DetectionPipeline::backupProblemEnded, this, &MonitorService::backupProblemEnded);
    connect(m_pipeline, &DetectionPipeline::sessionCreated, this, &MonitorService::imapSessionCreated);
    m_pipeline->start();
    m_deadlines.start();
    qCInfo(lcService) << "Watching" << m_settings.primary.address << (probes ? "with probes" : "without probes");
    Q_EMIT watchingStarted();
}

void MonitorService::handle(const SignalEvent &event)
{
    if (m_machine)
        m_machine->handle(event);
}

void MonitorService::snooze(int hours)
{
    handle(SignalEvent::snoozeRequested(m_clock.now(), hours));
    if (m_machine)
        Q_EMIT snoozed(m_machine->snoozedUntil());
}

void MonitorService::declareOutage()
{
    handle(SignalEvent::outageDeclared(m_clock.now()));
}

void MonitorService::declareResolved()
{
    handle(SignalEvent::resolvedDeclared(m_clock.now()));
    if (m_machine)
        Q_EMIT snoozed(m_machine->snoozedUntil()); // resolving lifts a snooze
}

void MonitorService::pruneDatabase()
{
    if (m_database)
        Store::Retention(*m_database).prune(m_clock.now());
}

void MonitorService::stop()
{
    if (m_state == State::Stopped)
        return;
    for (const QPointer<Secrets::SecretReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->deleteLater();
    }
    m_replies.clear();
    m_deadlines.stop();
    m_pruning.stop();
    if (m_pipeline) {
        m_pipeline->stop();
        delete m_pipeline;
        m_pipeline = nullptr;
    }
    delete m_machine;
    m_machine = nullptr;
    // Also after a missing password stopped the watch: the start is in the journal.
    if (std::exchange(m_startJournaled, false))
        m_journal->append(QStringLiteral("service-stopped"), tr("Vigie stopped."));
    m_incidents.reset();
    m_journal.reset();
    m_database.reset();
    m_lock.reset();
    setState(State::Stopped);
}

void MonitorService::setState(State state, const QString &problem)
{
    m_problem = problem;
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcService) << "Service state:" << state << problem;
    Q_EMIT stateChanged(state);
}

} // namespace Vigie::Service
