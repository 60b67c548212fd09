#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace Vigie::Service {
class MonitorService;
}

namespace Vigie::Ui {

// The tray icon and its menu, rendering the service's state. When the desktop has no tray yet
// (Vigie started at login before the panel), it keeps trying for a while instead of giving up.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(Service::MonitorService &service, QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *systemTrayIcon() const { return m_trayIcon; }
    QMenu *menu() const { return m_menu; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *quitAction() const { return m_quitAction; }
    QMenu *snoozeMenu() const { return m_snoozeMenu; }
    QAction *declareOutageAction() const { return m_declareOutageAction; }
    QAction *declareResolvedAction() const { return m_declareResolvedAction; }

Q_SIGNALS:
    void quitRequested();

private:
    void showWhenTrayAvailable();
    void addOverrides();
    void confirmOutage();
    void render();

    Service::MonitorService &m_service;
    QMenu *m_menu = nullptr;
    QAction *m_statusAction = nullptr;
    QMenu *m_snoozeMenu = nullptr;
    QAction *m_declareOutageAction = nullptr;
    QAction *m_declareResolvedAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QSystemTrayIcon *m_trayIcon = nullptr;
    QTimer *m_trayRetryTimer = nullptr;
    QTimer *m_snoozeEnd = nullptr;
    int m_trayRetriesLeft = 0;
};

} // namespace Vigie::Ui
