#include "TrayIcon.h"

#include "TrayPresentation.h"
#include "service/MonitorService.h"

#include <QAction>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTray, "vigie.ui.tray", QtInfoMsg)

namespace Vigie::Ui {

namespace {

constexpr int TrayRetryIntervalMs = 5000;
constexpr int TrayRetryCount = 60; // five minutes of waiting for a panel at login

} // namespace

TrayIcon::TrayIcon(Service::MonitorService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_menu(new QMenu)
    , m_trayIcon(new QSystemTrayIcon(this))
    , m_trayRetryTimer(new QTimer(this))
    , m_trayRetriesLeft(TrayRetryCount)
{
    m_statusAction = m_menu->addAction(QString());
    m_statusAction->setEnabled(false);
    m_menu->addSeparator();
    m_settingsAction = m_menu->addAction(tr("&Settings…"));
    // The settings dialog comes with the account set-up work; until then the entry is shown
    // disabled so the menu has its final shape.
    m_settingsAction->setEnabled(false);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("&Quit Vigie"));
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_trayIcon->setContextMenu(m_menu);

    connect(&m_service, &Service::MonitorService::stateChanged, this, &TrayIcon::render);
    render();

    m_trayRetryTimer->setInterval(TrayRetryIntervalMs);
    connect(m_trayRetryTimer, &QTimer::timeout, this, &TrayIcon::showWhenTrayAvailable);
    showWhenTrayAvailable();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::showWhenTrayAvailable()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayRetryTimer->stop();
        m_trayIcon->show();
        return;
    }
    if (m_trayRetriesLeft-- > 0) {
        m_trayRetryTimer->start();
        return;
    }
    m_trayRetryTimer->stop();
    qCWarning(lcTray) << "No system tray appeared; Vigie keeps running without an icon.";
}

void TrayIcon::render()
{
    const TrayPresentation presentation =
        TrayPresentation::forService(m_service.state(), m_service.problem(), m_service.settings().primary.address);
    m_trayIcon->setIcon(QIcon(TrayPresentation::iconResource(presentation.icon)));
    m_trayIcon->setToolTip(presentation.toolTip);
    m_statusAction->setText(presentation.toolTip);
}

} // namespace Vigie::Ui
