#include "TrayIcon.h"

#include "TrayPresentation.h"
#include "service/MonitorService.h"

#include <QAction>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
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
    , m_snoozeEnd(new QTimer(this))
    , m_trayRetriesLeft(TrayRetryCount)
{
    m_statusAction = m_menu->addAction(QString());
    m_statusAction->setEnabled(false);
    m_menu->addSeparator();
    addOverrides();
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
    connect(&m_service, &Service::MonitorService::watchingStarted, this, &TrayIcon::render);
    connect(&m_service, &Service::MonitorService::incidentStateChanged, this, &TrayIcon::render);
    connect(&m_service, &Service::MonitorService::accessStateChanged, this, &TrayIcon::render);
    connect(&m_service, &Service::MonitorService::snoozed, this, &TrayIcon::render);
    m_snoozeEnd->setSingleShot(true);
    connect(m_snoozeEnd, &QTimer::timeout, this, &TrayIcon::render);
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

// The owner's word over Vigie's judgement: no alarm for a while, an outage Vigie has not seen
// (the owner heard it from a customer), or one that is over.
void TrayIcon::addOverrides()
{
    m_snoozeMenu = m_menu->addMenu(tr("S&nooze alarms"));
    for (const int hours : {1, 4, 24}) {
        QAction *snooze = m_snoozeMenu->addAction(tr("For %n hour(s)", nullptr, hours));
        connect(snooze, &QAction::triggered, this, [this, hours] { m_service.snooze(hours); });
    }
    m_declareOutageAction = m_menu->addAction(tr("&Declare an outage…"));
    connect(m_declareOutageAction, &QAction::triggered, this, &TrayIcon::confirmOutage);
    m_declareResolvedAction = m_menu->addAction(tr("&Mark the incident resolved"));
    connect(m_declareResolvedAction, &QAction::triggered, &m_service, &Service::MonitorService::declareResolved);
}

void TrayIcon::confirmOutage()
{
    auto *question = new QMessageBox(QMessageBox::Question, tr("Declare an outage"),
                                     tr("Declare that mail is not reaching %1? Vigie will act as it does when it "
                                        "detects an outage itself.")
                                         .arg(m_service.settings().primary.address),
                                     QMessageBox::Yes | QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::accepted, &m_service, &Service::MonitorService::declareOutage);
    question->open();
}

void TrayIcon::render()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime snoozedUntil = m_service.snoozedUntil();
    const Detect::IncidentState incident = m_service.incidentState();
    const TrayPresentation presentation =
        TrayPresentation::forService({m_service.state(), m_service.problem(), m_service.settings().primary.address,
                                      incident, m_service.accessState(), snoozedUntil},
                                     now);
    m_trayIcon->setIcon(QIcon(TrayPresentation::iconResource(presentation.icon)));
    m_trayIcon->setToolTip(presentation.toolTip);
    m_statusAction->setText(presentation.toolTip);

    const bool watching = m_service.isWatching();
    m_snoozeMenu->setEnabled(watching);
    m_declareOutageAction->setEnabled(watching && incident != Detect::IncidentState::Outage);
    m_declareResolvedAction->setEnabled(watching && incident != Detect::IncidentState::Healthy);
    if (snoozedUntil.isValid() && now < snoozedUntil)
        m_snoozeEnd->start(std::chrono::milliseconds(now.msecsTo(snoozedUntil) + 1000));
    else
        m_snoozeEnd->stop();
}

} // namespace Vigie::Ui
