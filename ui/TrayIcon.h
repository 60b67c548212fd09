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

Q_SIGNALS:
    void quitRequested();

private:
    void showWhenTrayAvailable();
    void render();

    Service::MonitorService &m_service;
    QMenu *m_menu = nullptr;
    QAction *m_statusAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QSystemTrayIcon *m_trayIcon = nullptr;
    QTimer *m_trayRetryTimer = nullptr;
    int m_trayRetriesLeft = 0;
};

} // namespace Vigie::Ui
