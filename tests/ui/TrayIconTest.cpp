#include "TrayIcon.h"
#include "GuiTestMain.h"
#include "platform/Translations.h"
#include "secrets/EnvironmentSecretStore.h"
#include "service/MonitorService.h"

#include <QAbstractButton>
#include <QAction>
#include <QMenu>
#include <QMessageBox>
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

    // Clicks a button of the question the tray has just asked.
    static void answerQuestion(QMessageBox::StandardButton answer)
    {
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = openQuestion()) != nullptr, 5000);
        QVERIFY(QTest::qWaitForWindowExposed(question));
        QTest::mouseClick(question->button(answer), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(openQuestion() == nullptr, 5000);
    }
    static QMessageBox *openQuestion()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
                return box;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() == u"offscreen")
            QSKIP("Needs a real display: run through scripts/run-tests.sh (Xvfb with a tray host).");
        Platform::installTranslations(QStringLiteral("en"));
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

    // The owner's overrides reach the service from the menu; an outage only once confirmed.
    void overridesReachTheService()
    {
        auto service = runningService();
        Ui::TrayIcon tray(*service);
        QVERIFY(tray.snoozeMenu()->isEnabled());
        QVERIFY(tray.declareOutageAction()->isEnabled());
        QVERIFY(!tray.declareResolvedAction()->isEnabled());

        const QList<QAction *> snoozes = tray.snoozeMenu()->actions();
        QCOMPARE(snoozes.size(), 3);
        QCOMPARE(snoozes.at(1)->text(), QStringLiteral("For 4 hours"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        snoozes.at(1)->trigger();
        QVERIFY(service->snoozedUntil() >= before.addSecs(4 * 3600));
        QVERIFY(service->snoozedUntil() <= QDateTime::currentDateTimeUtc().addSecs(4 * 3600));
        QVERIFY(tray.systemTrayIcon()->toolTip().contains(QStringLiteral("Alarms are snoozed until")));

        tray.declareOutageAction()->trigger();
        answerQuestion(QMessageBox::Cancel);
        QCOMPARE(service->incidentState(), Detect::IncidentState::Healthy);
        tray.declareOutageAction()->trigger();
        answerQuestion(QMessageBox::Yes);
        QCOMPARE(service->incidentState(), Detect::IncidentState::Outage);
        QVERIFY(tray.systemTrayIcon()->toolTip().startsWith(QStringLiteral("Outage: mail is not reaching")));
        QVERIFY(!tray.declareOutageAction()->isEnabled());
        QVERIFY(tray.declareResolvedAction()->isEnabled());

        tray.declareResolvedAction()->trigger();
        QCOMPARE(service->incidentState(), Detect::IncidentState::Healthy);
        QVERIFY(!tray.declareResolvedAction()->isEnabled());
        QVERIFY(!service->snoozedUntil().isValid()); // resolving lifts the snooze
        QCOMPARE(tray.systemTrayIcon()->toolTip(), QStringLiteral("Vigie is watching owner@primary.test."));
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
