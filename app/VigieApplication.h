#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Vigie::Logging {
class LogSetup;
}
namespace Vigie::Service {
class ControlServer;
class MonitorService;
} // namespace Vigie::Service
namespace Vigie::Ui {
class TrayIcon;
}

namespace Vigie {

// The composition root of the vigie executable: builds the core objects from the settings,
// wires them together and, on the desktop, to the tray. Nothing else constructs them.
class VigieApplication : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool headless = false;
        bool verbose = false;
        QString configPath;
    };

    explicit VigieApplication(Options options, QObject *parent = nullptr);
    ~VigieApplication() override;

    // Sets everything up and starts the service. Returns the exit code to leave with at once,
    // or -1 when the event loop should run.
    int start();

private:
    void shutDown();

    Options m_options;
    std::unique_ptr<Logging::LogSetup> m_logSetup;
    std::unique_ptr<Service::MonitorService> m_service;
    std::unique_ptr<Service::ControlServer> m_control;
    std::unique_ptr<Ui::TrayIcon> m_trayIcon;
};

} // namespace Vigie
