#include "TrayIcon.h"
#include "GuiTestMain.h"
#include "secrets/EnvironmentSecretStore.h"
#include "service/MonitorService.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TrayIconTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Secrets::EnvironmentSecretStore> m_secrets;

    // A service that has read its password and is watching (the mailbox itself need not exist).
    std::unique_ptr<Service::MonitorService> runningService()
    {
        Config::Settings settings;
        settings.primary.address = QStringLiteral("owner@primary.test");
        settings.primary.imap.host = QStringLiteral("imap.primary.test");
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("VIGIE_PRIMARY_PASSWORD"), QStringLiteral("secret"));
        m_secrets = std::make_unique<Secrets::EnvironmentSecretStore>(environment);
        auto service =
            std::make_unique<Service::MonitorService>(settings, m_dir.filePath(QStringLiteral("vigie.sqlite")));
        service->setSecretStore(m_secrets.get());
        QSignalSpy watching(service.get(), &Service::MonitorService::watchingStarted);
        service->start();
        if (!watching.wait(10000))
            qWarning("the service did not start watching");
        return service;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() == u"offscreen")
            QSKIP("Needs a real display: run through scripts/run-tests.sh (Xvfb with a tray host).");
    }

    void showsInTheTrayWithTheServiceState()
    {
        auto service = runningService();
        Ui::TrayIcon tray(*service);
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(tray.systemTrayIcon()->isVisible(), 10000);
        QCOMPARE(tray.systemTrayIcon()->toolTip(), QStringLiteral("Vigie is watching owner@primary.test."));
        QVERIFY(!tray.systemTrayIcon()->icon().isNull());

        service->stop();
        QCOMPARE(tray.systemTrayIcon()->toolTip(), QStringLiteral("Vigie is stopped."));
    }

    void menuHasStatusSettingsAndQuit()
    {
        auto service = runningService();
        Ui::TrayIcon tray(*service);
        QCOMPARE(tray.systemTrayIcon()->contextMenu(), tray.menu());
        const QList<QAction *> actions = tray.menu()->actions();
        QVERIFY(actions.contains(tray.settingsAction()));
        QVERIFY(actions.contains(tray.quitAction()));
        QCOMPARE(actions.first()->text(), QStringLiteral("Vigie is watching owner@primary.test."));
        QVERIFY(!actions.first()->isEnabled());

        QSignalSpy quit(&tray, &Ui::TrayIcon::quitRequested);
        tray.quitAction()->trigger();
        QCOMPARE(quit.size(), 1);
    }

    void menuOpensOnScreen()
    {
        auto service = runningService();
        Ui::TrayIcon tray(*service);
        tray.menu()->popup(QPoint(100, 100));
        QVERIFY(QTest::qWaitForWindowExposed(tray.menu()));
        tray.menu()->hide();
    }
};

VIGIE_GUI_TEST_MAIN(TrayIconTest)
#include "TrayIconTest.moc"
