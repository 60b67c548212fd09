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

    void everyIconIsShipped()
    {
        for (Icon icon : {Icon::Watching, Icon::Attention, Icon::Problem, Icon::Idle})
            QVERIFY(QFile::exists(Ui::TrayPresentation::iconResource(icon)));
    }
};

QTEST_GUILESS_MAIN(TrayPresentationTest)
#include "TrayPresentationTest.moc"
