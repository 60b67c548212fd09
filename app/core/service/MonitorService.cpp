#include "MonitorService.h"

#include "ServiceLogging.h"
#include "config/SettingsValidator.h"
#include "store/Database.h"
#include "store/Journal.h"

namespace Vigie::Service {

MonitorService::MonitorService(Config::Settings settings, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_databasePath(std::move(databasePath))
{
}

MonitorService::~MonitorService()
{
    stop();
}

void MonitorService::start()
{
    if (m_state == State::Running)
        return;
    auto database = std::make_unique<Store::Database>();
    if (!database->open(m_databasePath)) {
        setState(State::Failed, database->errorString());
        return;
    }
    m_database = std::move(database);
    m_journal = std::make_unique<Store::Journal>(*m_database);

    const Config::ConfigProblems problems = Config::SettingsValidator::validate(m_settings);
    if (Config::hasErrors(problems)) {
        setState(State::NotConfigured, problems.constFirst().message);
        return;
    }
    m_journal->append(QStringLiteral("service-started"), tr("Vigie started watching %1.").arg(m_settings.primary.address));
    setState(State::Running);
}

void MonitorService::stop()
{
    if (m_state == State::Stopped)
        return;
    if (m_state == State::Running)
        m_journal->append(QStringLiteral("service-stopped"), tr("Vigie stopped."));
    m_journal.reset();
    m_database.reset();
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
