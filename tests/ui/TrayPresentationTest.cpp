#include "TrayPresentation.h"

#include <QTest>

using namespace Vigie;
using State = Service::MonitorService::State;
using Icon = Ui::TrayPresentation::Icon;

namespace {

const QString Owner = QStringLiteral("owner@primary.test");
const QDateTime Now(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

} // namespace

class TrayPresentationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void stateDecidesIconAndToolTip_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<Icon>("icon");
        QTest::addColumn<QString>("toolTip");

        QTest::newRow("running") << State::Running << QString() << Icon::Watching
                                 << QStringLiteral("Vigie is watching owner@primary.test.");
        QTest::newRow("not configured") << State::NotConfigured << QStringLiteral("No primary account.")
                                        << Icon::Attention
                                        << QStringLiteral("Vigie is not set up yet: No primary account.");
        QTest::newRow("failed") << State::Failed << QStringLiteral("Disk full.") << Icon::Problem
                                << QStringLiteral("Vigie cannot run: Disk full.");
        QTest::newRow("stopped") << State::Stopped << QString() << Icon::Idle << QStringLiteral("Vigie is stopped.");
    }

    void stateDecidesIconAndToolTip()
    {
        QFETCH(State, state);
        QFETCH(QString, problem);
        QFETCH(Icon, icon);
        QFETCH(QString, toolTip);
        const auto presentation = Ui::TrayPresentation::forService({state, problem, Owner, {}, {}, {}}, Now);
        QCOMPARE(presentation, (Ui::TrayPresentation{icon, toolTip}));
    }

    void whileRunningWhatToActOnComesFirst_data()
    {
        QTest::addColumn<Detect::IncidentState>("incident");
        QTest::addColumn<Detect::AccessState>("access");
        QTest::addColumn<Icon>("icon");
        QTest::addColumn<QString>("toolTip");
        using Detect::AccessState;
        using Detect::IncidentState;
        QTest::newRow("healthy") << IncidentState::Healthy << AccessState::Ok << Icon::Watching
                                 << QStringLiteral("Vigie is watching owner@primary.test.");
        QTest::newRow("failing within its grace") << IncidentState::Healthy << AccessState::Failing << Icon::Watching
                                                  << QStringLiteral("Vigie is watching owner@primary.test.");
        QTest::newRow("suspect") << IncidentState::Suspect << AccessState::Ok << Icon::Attention
                                 << QStringLiteral("Vigie is checking whether mail still reaches owner@primary.test.");
        QTest::newRow("outage") << IncidentState::Outage << AccessState::Ok << Icon::Problem
                                << QStringLiteral("Outage: mail is not reaching owner@primary.test.");
        QTest::newRow("recovering") << IncidentState::Recovering << AccessState::Ok << Icon::Attention
                                    << QStringLiteral(
                                           "Mail reaches owner@primary.test again; Vigie is making sure it lasts.");
        QTest::newRow("mailbox down") << IncidentState::Suspect << AccessState::Down << Icon::Attention
                                      << QStringLiteral("Vigie cannot reach the mailbox of owner@primary.test.");
        QTest::newRow("outage, mailbox down") << IncidentState::Outage << AccessState::Down << Icon::Problem
                                              << QStringLiteral("Outage: mail is not reaching owner@primary.test.");
        QTest::newRow("login refused")
            << IncidentState::Outage << AccessState::AuthenticationRefused << Icon::Problem
            << QStringLiteral("The mail server refuses Vigie's login for owner@primary.test: check the password.");
    }

    void whileRunningWhatToActOnComesFirst()
    {
        QFETCH(Detect::IncidentState, incident);
        QFETCH(Detect::AccessState, access);
        QFETCH(Icon, icon);
        QFETCH(QString, toolTip);
        const auto presentation =
            Ui::TrayPresentation::forService({State::Running, {}, Owner, incident, access, {}}, Now);
        QCOMPARE(presentation, (Ui::TrayPresentation{icon, toolTip}));
    }

    // In the owner's time and words: the time alone today, the date too after that.
    void aSnoozeInForceIsSaid()
    {
        const auto snoozed = [](const QDateTime &until, const QDateTime &now) {
            return Ui::TrayPresentation::forService(
                       {State::Running, {}, Owner, Detect::IncidentState::Healthy, Detect::AccessState::Ok, until}, now)
                .toolTip;
        };
        QCOMPARE(snoozed(Now.addSecs(90 * 60), Now),
                 QStringLiteral("Vigie is watching owner@primary.test. Alarms are snoozed until 11:30."));
        QCOMPARE(snoozed(Now.addDays(1), Now),
                 QStringLiteral("Vigie is watching owner@primary.test. Alarms are snoozed until 05/12/2026 10:00."));
        QCOMPARE(snoozed(Now, Now.addSecs(1)), QStringLiteral("Vigie is watching owner@primary.test."));
    }

    void everyIconIsShipped()
    {
        for (Icon icon : {Icon::Watching, Icon::Attention, Icon::Problem, Icon::Idle})
            QVERIFY(QFile::exists(Ui::TrayPresentation::iconResource(icon)));
    }
};

QTEST_GUILESS_MAIN(TrayPresentationTest)
#include "TrayPresentationTest.moc"
