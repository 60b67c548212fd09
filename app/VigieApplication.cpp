#include "VigieApplication.h"

#include "TrayIcon.h"
#include "config/SettingsFile.h"
#include "logging/LogSetup.h"
#include "platform/AppPaths.h"
#include "platform/TerminationWatcher.h"
#include "platform/Translations.h"
#include "service/ControlServer.h"
#include "service/MonitorService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Vigie {

VigieApplication::VigieApplication(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

VigieApplication::~VigieApplication()
{
    shutDown();
}

int VigieApplication::start()
{
    QTextStream err(stderr);
    const QString configPath =
        m_options.configPath.isEmpty() ? Platform::AppPaths::defaultConfigFile() : m_options.configPath;
    Config::Settings settings;
    const bool firstRun = !QFileInfo::exists(configPath) && m_options.configPath.isEmpty();
    if (!firstRun) {
        const Config::SettingsFile::LoadResult loaded = Config::SettingsFile::load(configPath);
        settings = loaded.settings;
        if (Config::hasErrors(loaded.problems)) {
            for (const Config::ConfigProblem &problem : loaded.problems)
                err << problem.message << Qt::endl;
            return 1;
        }
    }

    Platform::installTranslations(settings.general.language);
    const QString dataDirectory = Platform::AppPaths::dataDirectory(settings.general.dataDirectory, configPath);
    m_logSetup = std::make_unique<Logging::LogSetup>(Logging::LogSetup::Options{
        Platform::AppPaths::logFile(dataDirectory), m_options.verbose || settings.general.verboseLog});
    if (!m_logSetup->fileProblem().isEmpty())
        err << m_logSetup->fileProblem() << Qt::endl;

    m_service = std::make_unique<Service::MonitorService>(settings, Platform::AppPaths::databaseFile(dataDirectory));
    m_service->setSecretStoreContext(m_options.headless ? Secrets::SecretStoreContext::Headless
                                                        : Secrets::SecretStoreContext::Desktop);
    auto *terminationWatcher = new Platform::TerminationWatcher(this);
    connect(terminationWatcher, &Platform::TerminationWatcher::terminationRequested, this, [this] {
        shutDown();
        QCoreApplication::quit();
    });

    m_service->start();
    // A Vigie that failed, perhaps because another runs on the same data, leaves the socket to it.
    if (m_service->state() != Service::MonitorService::State::Failed) {
        m_control = std::make_unique<Service::ControlServer>(*m_service);
        m_control->listen(Service::ControlServer::socketNames(Platform::AppPaths::databaseFile(dataDirectory)));
    }
    if (m_options.headless) {
        if (m_service->state() != Service::MonitorService::State::Running) {
            err << m_service->problem() << Qt::endl;
            return 1;
        }
        return -1;
    }

    m_trayIcon = std::make_unique<Ui::TrayIcon>(*m_service);
    connect(m_trayIcon.get(), &Ui::TrayIcon::quitRequested, this, [this] {
        shutDown();
        QCoreApplication::quit();
    });
    return -1;
}

void VigieApplication::shutDown()
{
    m_trayIcon.reset();
    m_control.reset();
    if (m_service)
        m_service->stop();
}

} // namespace Vigie
