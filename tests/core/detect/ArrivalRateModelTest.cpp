#include "detect/ArrivalRateModel.h"
#include "detect/DispersionEstimator.h"

#include <QTest>

#include <random>

using Vigie::Detect::ArrivalRateModel;
using Vigie::Detect::DispersionEstimator;

namespace {

// Office profile: 6/h on weekday office hours, 0.1/h at night, 1/h in weekend daytime.
double officeRate(int hourOfWeek)
{
    const int day = hourOfWeek / 24;
    const int hour = hourOfWeek % 24;
    const bool daytime = hour >= 9 && hour < 17;
    if (day >= 5)
        return daytime ? 1.0 : 0.1;
    return daytime ? 6.0 : 0.1;
}

void feedWeeks(ArrivalRateModel &model, int weeks, std::mt19937 &random, double scale = 1.0)
{
    for (int week = 0; week < weeks; ++week) {
        for (int hour = 0; hour < ArrivalRateModel::HoursPerWeek; ++hour) {
            std::poisson_distribution<int> count(officeRate(hour) * scale);
            model.addHour(hour, count(random));
        }
    }
}

} // namespace

class ArrivalRateModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsAKnownProfile()
    {
        ArrivalRateModel model;
        std::mt19937 random(1);
        feedWeeks(model, 8, random);
        for (int hour : {9, 12, 16, 24 + 10, 4 * 24 + 14}) // weekday office hours
            QVERIFY2(qAbs(model.rate(hour) - 6.0) < 1.5, qPrintable(QString::number(model.rate(hour))));
        for (int hour : {5 * 24 + 11, 6 * 24 + 15}) // weekend daytime
            QVERIFY2(qAbs(model.rate(hour) - 1.0) < 0.5, qPrintable(QString::number(model.rate(hour))));
        // Nights stay nights: a prior at the global mean would lift them toward the afternoon.
        for (int hour : {2, 24 + 3, 5 * 24 + 4})
            QVERIFY2(model.rate(hour) < 0.3, qPrintable(QString::number(model.rate(hour))));
        QVERIFY(qAbs(model.weeklyTotal() - 5 * 8 * 6.0 - 2 * 8 * 1.0 - 0.1 * (168 - 56)) < 40);
    }

    void shrinksThinBinsTowardTheirGroup()
    {
        // One week only: Tuesday 10:00 happened to be empty while the other weekdays had 6.
        ArrivalRateModel model;
        for (int hour = 0; hour < ArrivalRateModel::HoursPerWeek; ++hour)
            model.addHour(hour, hour == 24 + 10 ? 0 : officeRate(hour));
        QVERIFY2(model.rate(24 + 10) > 2.5, qPrintable(QString::number(model.rate(24 + 10))));
        // And a one-off spike is pulled down toward its group.
        ArrivalRateModel spiky;
        for (int hour = 0; hour < ArrivalRateModel::HoursPerWeek; ++hour)
            spiky.addHour(hour, hour == 10 ? 30 : officeRate(hour));
        QVERIFY(spiky.rate(10) < 25);
        QVERIFY(spiky.rate(10) > 6);
    }

    void thinDataFallsBackToCoarserAverages()
    {
        ArrivalRateModel model;
        // Three hours seen in all: the others are guessed from the global rate, not zero.
        model.addHour(9, 4);
        model.addHour(10, 6);
        model.addHour(11, 5);
        QVERIFY(model.rate(24 + 10) > 0.5);
        QCOMPARE(model.globalRate(), 5.0);
    }

    void followsDrift()
    {
        ArrivalRateModel model;
        std::mt19937 random(2);
        feedWeeks(model, 8, random);
        feedWeeks(model, 6, random, 0.5); // the business got quieter
        QVERIFY2(model.rate(24 + 11) < 3.8, qPrintable(QString::number(model.rate(24 + 11))));
        QVERIFY(model.rate(24 + 11) > 2.0);
    }

    void estimatesOverDispersionFromDays()
    {
        std::mt19937 random(3);
        DispersionEstimator poisson(0.995);
        DispersionEstimator dispersed(0.995);
        std::gamma_distribution<double> level(4.0, 1.0 / 4.0); // shape 4: CV 50% day to day
        for (int day = 0; day < 400; ++day) {
            const double expected = day % 7 < 5 ? 50 : 10;
            std::poisson_distribution<int> plain(expected);
            std::poisson_distribution<int> noisy(expected * level(random));
            poisson.addDay(plain(random), expected);
            dispersed.addDay(noisy(random), expected);
        }
        QVERIFY2(dispersed.shape() > 2.5 && dispersed.shape() < 6.5, qPrintable(QString::number(dispersed.shape())));
        QVERIFY2(poisson.shape() > 30, qPrintable(QString::number(poisson.shape())));
        QCOMPARE(DispersionEstimator().shape(), DispersionEstimator::DefaultShape); // no days yet
    }

    void aFewCalmDaysDoNotMakeAPoissonMailbox()
    {
        // Eight days exactly as expected: the raw moments say "no over-dispersion at all", but
        // eight days cannot tell; the shape rises above the default without reaching Poisson.
        DispersionEstimator estimator(0.98);
        for (int day = 0; day < 8; ++day)
            estimator.addDay(10, 10);
        QVERIFY2(estimator.shape() > DispersionEstimator::DefaultShape
                     && estimator.shape() < DispersionEstimator::MaxShape / 4,
                 qPrintable(QString::number(estimator.shape())));
        // Many such days do make the case.
        for (int day = 0; day < 300; ++day)
            estimator.addDay(10, 10);
        QVERIFY2(estimator.shape() > 50, qPrintable(QString::number(estimator.shape())));
    }
};

QTEST_GUILESS_MAIN(ArrivalRateModelTest)
#include "ArrivalRateModelTest.moc"
