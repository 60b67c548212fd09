#include "TrayPresentation.h"

#include <QTest>

using namespace Vigie;
using State = Service::MonitorService::State;
using Icon = Ui::TrayPresentation::Icon;

class TrayPresentationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        const auto presentation =
            Ui::TrayPresentation::forService(state, problem, QStringLiteral("owner@primary.test"));
        QCOMPARE(presentation, (Ui::TrayPresentation{icon, toolTip}));
    }

    void whileRunningTheIncidentDecides_data()
    {
        QTest::addColumn<Detect::IncidentState>("incident");
        QTest::addColumn<Icon>("icon");
        QTest::addColumn<QString>("toolTip");
        QTest::newRow("healthy") << Detect::IncidentState::Healthy << Icon::Watching
                                 << QStringLiteral("Vigie is watching owner@primary.test.");
        QTest::newRow("suspect") << Detect::IncidentState::Suspect << Icon::Attention
                                 << QStringLiteral("Vigie is checking whether mail still reaches owner@primary.test.");
        QTest::newRow("outage") << Detect::IncidentState::Outage << Icon::Problem
                                << QStringLiteral("Outage: mail is not reaching owner@primary.test.");
        QTest::newRow("recovering") << Detect::IncidentState::Recovering << Icon::Attention
                                    << QStringLiteral(
                                           "Mail reaches owner@primary.test again; Vigie is making sure it lasts.");
    }

    void whileRunningTheIncidentDecides()
    {
        QFETCH(Detect::IncidentState, incident);
        QFETCH(Icon, icon);
        QFETCH(QString, toolTip);
        const auto presentation =
            Ui::TrayPresentation::forService(State::Running, {}, QStringLiteral("owner@primary.test"), incident);
        QCOMPARE(presentation, (Ui::TrayPresentation{icon, toolTip}));
    }

    void aSnoozeInForceIsSaid()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime until = now.addSecs(3600);
        const auto presentation = Ui::TrayPresentation::forService(
            State::Running, {}, QStringLiteral("owner@primary.test"), Detect::IncidentState::Healthy, until, now);
        const QDateTime local = until.toLocalTime();
        const QString shown = local.date() == now.toLocalTime().date()
            ? QLocale().toString(local.time(), QLocale::ShortFormat)
            : QLocale().toString(local, QLocale::ShortFormat);
        QCOMPARE(presentation.toolTip,
                 QStringLiteral("Vigie is watching owner@primary.test. Alarms are snoozed until %1.").arg(shown));
        QCOMPARE(Ui::TrayPresentation::forService(State::Running, {}, QStringLiteral("owner@primary.test"),
                                                  Detect::IncidentState::Healthy, until, until.addSecs(1))
                     .toolTip,
                 QStringLiteral("Vigie is watching owner@primary.test."));
        const QDateTime tomorrow = now.addDays(1);
        QVERIFY(Ui::TrayPresentation::forService(State::Running, {}, QStringLiteral("owner@primary.test"),
                                                 Detect::IncidentState::Healthy, tomorrow, now)
                    .toolTip.endsWith(QLocale().toString(tomorrow.toLocalTime(), QLocale::ShortFormat) + u'.'));
    }

    void everyIconIsShipped()
    {
        for (Icon icon : {Icon::Watching, Icon::Attention, Icon::Problem, Icon::Idle})
            QVERIFY(QFile::exists(Ui::TrayPresentation::iconResource(icon)));
    }
};

QTEST_GUILESS_MAIN(TrayPresentationTest)
#include "TrayPresentationTest.moc"
