#include "detect/BurstSchedule.h"

#include <QTest>

#include <cmath>

using Vigie::Detect::BurstSchedule;

class BurstScheduleTest : public QObject
{
    Q_OBJECT

private slots:
    void unseenHoursFollowThePoissonRate()
    {
        const BurstSchedule schedule;
        QCOMPARE(schedule.burstChance(10, 0.5), -std::expm1(-0.5));
        QCOMPARE(schedule.burstChance(10, 0.0), 0.0);
    }

    void aReliableSenderMakesAnEmptyHourUnlikely()
    {
        // Hit every week: the chance of a burst climbs well above the Poisson 63% of a rate
        // of one, yet never reaches certainty.
        BurstSchedule schedule(0.8);
        for (int week = 0; week < 8; ++week)
            schedule.addHour(34, true);
        const double chance = schedule.burstChance(34, 1.0);
        QVERIFY2(chance > 0.85 && chance < 1.0, qPrintable(QString::number(chance)));
        QVERIFY(BurstSchedule::surprise(chance, 0, 1) > 2.0);
        QVERIFY(std::isfinite(BurstSchedule::surprise(chance, 0, 1)));
    }

    void anIrregularSenderStaysNearItsRate()
    {
        // Hit every other week: about a coin toss, not a schedule.
        BurstSchedule schedule(0.95);
        for (int week = 0; week < 40; ++week)
            schedule.addHour(50, week % 2 == 0);
        QVERIFY(std::abs(schedule.burstChance(50, 0.5) - 0.5) < 0.05);
    }

    void partOfAnHourCountsForItsShare()
    {
        // Surprise adds up across the parts of an hour, and an hour already past counts nothing.
        const double whole = BurstSchedule::surprise(0.9, 0, 1);
        QCOMPARE(whole, -std::log(0.1));
        const double split = BurstSchedule::surprise(0.9, 0, 0.25) + BurstSchedule::surprise(0.9, 0.25, 1);
        QVERIFY(std::abs(split - whole) < 1e-12);
        QCOMPARE(BurstSchedule::surprise(0.9, 0.5, 0.5), 0.0);
        QCOMPARE(BurstSchedule::surprise(0.0, 0, 1), 0.0);
    }
};

QTEST_APPLESS_MAIN(BurstScheduleTest)
#include "BurstScheduleTest.moc"
