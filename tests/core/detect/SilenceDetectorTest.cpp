#include "detect/SilenceDetector.h"
#include "detect/BusinessCalendar.h"
#include "detect/FalseAlarmBudget.h"
#include "detect/LocalHour.h"
#include "detect/SilenceOdds.h"

#include <QTest>

#include <cmath>

using namespace Vigie::Detect;

namespace {

const QTimeZone Paris("Europe/Paris");

qint64 at(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), Paris).toMSecsSinceEpoch();
}

QDateTime local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(Paris);
}

// An office: a message every 20 minutes from 09:00 to 17:00 on weekdays, nothing else.
// Feeds [first, last) and stops at `stop` on the last day, returning the last arrival.
qint64 feedOffice(SilenceDetector &detector, const QDate &first, const QDate &last, int stopHour = 24)
{
    qint64 lastArrival = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() >= 6)
            continue;
        for (int minutes = 9 * 60; minutes < 17 * 60; minutes += 20) {
            if (day == last && minutes >= stopHour * 60)
                break;
            lastArrival = at(day, minutes / 60, minutes % 60);
            detector.addArrival(lastArrival);
        }
    }
    return lastArrival;
}

SilenceDetector::Options parisOptions()
{
    SilenceDetector::Options options;
    options.timeZone = Paris;
    return options;
}

} // namespace

class SilenceDetectorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdComesFromTheBudget()
    {
        // 70 arrivals a week: 900 in 90 days; one false alarm allowed: ln(900).
        QVERIFY(qAbs(FalseAlarmBudget(1).surpriseThreshold(70) - std::log(900.0)) < 1e-9);
        QVERIFY(qAbs(FalseAlarmBudget(10).surpriseThreshold(70) - std::log(90.0)) < 1e-9);
        QCOMPARE(FalseAlarmBudget(1).surpriseThreshold(0), 1.0); // a dead mailbox keeps a floor
    }

    void silenceOddsTendToPoisson()
    {
        QVERIFY(qAbs(SilenceOdds(1e7, 1e7).surprise(5) - 5) < 1e-3);
        const SilenceOdds dispersed(2, 2);
        QVERIFY(dispersed.surprise(5) < 5); // over-dispersion makes a silence less surprising
        QVERIFY(qAbs(dispersed.surprise(dispersed.expectedForSurprise(4.2)) - 4.2) < 1e-9);
    }

    void mapsLocalHoursAcrossDst()
    {
        const LocalHour hours(Paris);
        // Before the change (UTC+1) and after it (UTC+2), 09:00 local is bin 9 of its day.
        QCOMPARE(hours.at(at(QDate(2026, 3, 27), 9)).hourOfWeek, 4 * 24 + 9);
        QCOMPARE(hours.at(at(QDate(2026, 3, 30), 9)).hourOfWeek, 9);
        QCOMPARE(hours.at(at(QDate(2026, 3, 29), 3)).hourOfWeek, 6 * 24 + 3); // the hour after the gap
        // 02:30 happens twice when summer time ends: 00:30 UTC (CEST) and 01:30 UTC (CET).
        const qint64 fallBack = QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(hours.at(fallBack).hourOfWeek, 6 * 24 + 2);
        QCOMPARE(hours.at(fallBack + 3600 * 1000).hourOfWeek, 6 * 24 + 2);
        QCOMPARE(hours.at(fallBack + 2 * 3600 * 1000).hourOfWeek, 6 * 24 + 3);
        QCOMPARE(hours.at(at(QDate(2026, 3, 30), 9)).localDay, QDate(1970, 1, 1).daysTo(QDate(2026, 3, 30)));
    }

    void alarmsOnAnImprobableWeekdaySilence()
    {
        SilenceDetector detector(parisOptions());
        const qint64 last = feedOffice(detector, QDate(2026, 2, 2), QDate(2026, 3, 3), 10); // a Tuesday
        const std::optional<qint64> alarm = detector.nextAlarmTime(last, last + 7 * 24 * 3600 * 1000LL);
        QVERIFY(alarm);
        QCOMPARE(local(*alarm).date(), QDate(2026, 3, 3));
        QVERIFY2(local(*alarm).time() > QTime(10, 30) && local(*alarm).time() < QTime(14, 0),
                 qPrintable(local(*alarm).toString()));
        const SilenceAssessment assessment = detector.assess(*alarm);
        QCOMPARE(assessment.reason, SilenceAssessment::Reason::Learned);
        QVERIFY(assessment.score >= assessment.threshold - 1e-6);
        QCOMPARE(detector.assess(*alarm - 60 * 1000).reason, SilenceAssessment::Reason::Expected);
    }

    void aMissingNewsletterIsStrongEvidence()
    {
        // A newsletter (three messages within seconds) at 10:15 every weekday, and one letter
        // from a person at 15:00. When Tuesday's newsletter fails to come, the silence is worth
        // what a sender that hardly ever misses makes it, about twice its Poisson worth at a rate of
        // one burst in that hour.
        SilenceDetector detector(parisOptions());
        for (QDate day(2026, 2, 2); day <= QDate(2026, 3, 9); day = day.addDays(1)) {
            if (day.dayOfWeek() >= 6)
                continue;
            for (int message = 0; message < 3; ++message)
                detector.addArrival(at(day, 10, 15) + message * 5000);
            detector.addArrival(at(day, 15));
        }
        const SilenceAssessment before = detector.assess(at(QDate(2026, 3, 10), 10));
        const SilenceAssessment after = detector.assess(at(QDate(2026, 3, 10), 11));
        const double gained = after.score - before.score;
        const double due = after.expected - before.expected;
        QVERIFY2(due > 0.8 && due < 1.2, qPrintable(QString::number(due)));
        QVERIFY2(gained > 1.6 * due, qPrintable(QStringLiteral("%1 nats for %2 expected").arg(gained).arg(due)));
    }

    void aBulkSenderKeepsItsScheduleEvenAlone()
    {
        // The only regular mail: one newsletter message at 09:10 every weekday. Unmarked, a lone
        // message is taken for a person's; marked as from a bulk sender, it is a burst, and its
        // absence on Tuesday is judged against a sender that hardly ever misses.
        const auto feed = [](SilenceDetector &detector, int messages, ArrivalOrigin origin) {
            for (QDate day(2026, 2, 2); day <= QDate(2026, 3, 9); day = day.addDays(1)) {
                for (int message = 0; day.dayOfWeek() < 6 && message < messages; ++message)
                    detector.addArrival(at(day, 9, 10) + message * 5000, origin);
            }
        };
        SilenceDetector unmarked(parisOptions());
        SilenceDetector marked(parisOptions());
        SilenceDetector markedTriple(parisOptions());
        feed(unmarked, 1, ArrivalOrigin::Unknown);
        feed(marked, 1, ArrivalOrigin::BulkSender);
        feed(markedTriple, 3, ArrivalOrigin::BulkSender);

        QVERIFY(unmarked.model().weeklyTotal() > 3);
        QVERIFY(unmarked.burstModel().weeklyTotal() < 0.01); // the rate model's floor
        QVERIFY(marked.model().weeklyTotal() < 0.01); // bulk mail is never people's
        QVERIFY(marked.burstModel().weeklyTotal() > 3);
        // Messages of one sender seconds apart are one event, as for any burst.
        QVERIFY(qAbs(markedTriple.burstModel().weeklyTotal() - marked.burstModel().weeklyTotal()) < 1e-9);

        const auto missing = [](const SilenceDetector &detector) {
            return detector.assess(at(QDate(2026, 3, 10), 10)).score - detector.assess(at(QDate(2026, 3, 10), 9)).score;
        };
        // About 2.1 nats against 0.85.
        QVERIFY2(missing(marked) > 2 * missing(unmarked),
                 qPrintable(QStringLiteral("marked %1 nats, unmarked %2").arg(missing(marked)).arg(missing(unmarked))));
    }

    void keepsQuietOverTheWeekend()
    {
        SilenceDetector detector(parisOptions());
        const qint64 last = feedOffice(detector, QDate(2026, 2, 2), QDate(2026, 3, 6)); // Friday 16:40
        const std::optional<qint64> alarm = detector.nextAlarmTime(last, last + 7 * 24 * 3600 * 1000LL);
        QVERIFY(alarm);
        QCOMPARE(local(*alarm).date(), QDate(2026, 3, 9)); // Monday
        QVERIFY2(local(*alarm).time() > QTime(9, 0) && local(*alarm).time() < QTime(14, 0),
                 qPrintable(local(*alarm).toString()));
    }

    void followsLocalHoursAcrossDst()
    {
        // The same silence, Tuesday 16:40 to the next morning, a week before and a day after the
        // change to summer time: the alarm comes at the same local time.
        SilenceDetector before(parisOptions());
        const qint64 lastBefore = feedOffice(before, QDate(2026, 2, 9), QDate(2026, 3, 24));
        SilenceDetector after(parisOptions());
        feedOffice(after, QDate(2026, 2, 9), QDate(2026, 3, 27));
        const qint64 lastAfter = feedOffice(after, QDate(2026, 3, 30), QDate(2026, 3, 31));
        const auto alarmBefore = before.nextAlarmTime(lastBefore, lastBefore + 3 * 24 * 3600 * 1000LL);
        const auto alarmAfter = after.nextAlarmTime(lastAfter, lastAfter + 3 * 24 * 3600 * 1000LL);
        QVERIFY(alarmBefore && alarmAfter);
        QCOMPARE(local(*alarmBefore).date(), QDate(2026, 3, 25));
        QCOMPARE(local(*alarmAfter).date(), QDate(2026, 4, 1));
        const int minutesBefore = local(*alarmBefore).time().msecsSinceStartOfDay() / 60000;
        const int minutesAfter = local(*alarmAfter).time().msecsSinceStartOfDay() / 60000;
        QVERIFY2(qAbs(minutesBefore - minutesAfter) <= 20,
                 qPrintable(local(*alarmBefore).toString() + u" vs " + local(*alarmAfter).toString()));
        QVERIFY(minutesAfter >= 9 * 60);
    }

    void staysSilentDuringWarmUp()
    {
        SilenceDetector detector(parisOptions());
        const qint64 first = at(QDate(2026, 3, 2), 9);
        const qint64 last = feedOffice(detector, QDate(2026, 3, 2), QDate(2026, 3, 10), 10);
        const qint64 warmEnd = first + 14 * 24 * 3600 * 1000LL;
        QVERIFY(!detector.nextAlarmTime(last, warmEnd));
        QCOMPARE(detector.assess(warmEnd - 3600 * 1000).reason, SilenceAssessment::Reason::WarmingUp);
        const auto alarm = detector.nextAlarmTime(last, warmEnd + 24 * 3600 * 1000LL);
        QVERIFY(alarm && *alarm >= warmEnd);
    }

    void fixedWindowWorksFromTheFirstDay()
    {
        SilenceDetector::Options options = parisOptions();
        options.fixedSilenceHours = 3;
        SilenceDetector detector(options);
        const qint64 last = feedOffice(detector, QDate(2026, 3, 2), QDate(2026, 3, 3), 10);
        const auto alarm = detector.nextAlarmTime(last, last + 24 * 3600 * 1000LL);
        QVERIFY(alarm);
        QCOMPARE(*alarm, last + 3 * 3600 * 1000LL);
        QCOMPARE(detector.assess(*alarm).reason, SilenceAssessment::Reason::FixedWindow);
    }

    void aLargerBudgetAlarmsSooner()
    {
        SilenceDetector::Options strict = parisOptions();
        strict.falseAlarmsPer90Days = 0.1;
        SilenceDetector::Options lax = parisOptions();
        lax.falseAlarmsPer90Days = 10;
        SilenceDetector strictDetector(strict), laxDetector(lax);
        const qint64 last = feedOffice(strictDetector, QDate(2026, 2, 2), QDate(2026, 3, 3), 10);
        feedOffice(laxDetector, QDate(2026, 2, 2), QDate(2026, 3, 3), 10);
        const qint64 week = 7 * 24 * 3600 * 1000LL;
        QVERIFY(*laxDetector.nextAlarmTime(last, last + week) < *strictDetector.nextAlarmTime(last, last + week));
    }

    void respectsClosuresAndBusinessHours()
    {
        SilenceDetector::Options options = parisOptions();
        options.calendar = *BusinessCalendar::parse(QStringLiteral("2026-03-04"), QStringLiteral("mon-fri 14-17"));
        SilenceDetector detector(options);
        const qint64 last = feedOffice(detector, QDate(2026, 2, 2), QDate(2026, 3, 3), 10);
        QCOMPARE(detector.assess(at(QDate(2026, 3, 3), 13, 30)).reason,
                 SilenceAssessment::Reason::OutsideBusinessHours);
        const auto alarm = detector.nextAlarmTime(last, last + 7 * 24 * 3600 * 1000LL);
        QVERIFY(alarm);
        QCOMPARE(local(*alarm), QDateTime(QDate(2026, 3, 3), QTime(14, 0), Paris));

        // Silent from Tuesday evening through a declared closure on Wednesday: the alarm waits
        // for Thursday, and Wednesday's silence adds nothing to the surprise.
        SilenceDetector closed(options);
        const qint64 evening = feedOffice(closed, QDate(2026, 2, 2), QDate(2026, 3, 3));
        QCOMPARE(closed.assess(at(QDate(2026, 3, 4), 15)).score, closed.assess(at(QDate(2026, 3, 4), 8)).score);
        const auto afterClosure = closed.nextAlarmTime(evening, evening + 7 * 24 * 3600 * 1000LL);
        QVERIFY(afterClosure);
        QCOMPARE(local(*afterClosure).date(), QDate(2026, 3, 5));
    }

    void anOutageIsNotLearnedAsQuiet()
    {
        // Mail stops from Tuesday 10:00 to Thursday 10:00. Learned as a quiet spell, it lowers
        // what is expected; discarded as an outage, it does not. The silence after it counts.
        SilenceDetector learned(parisOptions()), discarded(parisOptions());
        feedOffice(learned, QDate(2026, 2, 2), QDate(2026, 3, 3), 10);
        feedOffice(discarded, QDate(2026, 2, 2), QDate(2026, 3, 3), 10);
        discarded.setLearningSuspended(true);
        const qint64 back = at(QDate(2026, 3, 5), 10);
        learned.addArrival(back);
        discarded.addArrival(back);
        discarded.setLearningSuspended(false);
        QVERIFY(learned.model().weeklyTotal() < discarded.model().weeklyTotal() - 3);
        const double before = discarded.model().exposure(3 * 24 + 14); // Thursday 14:00
        discarded.addArrival(at(QDate(2026, 3, 5), 16));
        QVERIFY(discarded.model().exposure(3 * 24 + 14) > before);
    }

    void parsesTheCalendarOrSaysWhy()
    {
        const auto calendar = BusinessCalendar::parse(QStringLiteral("2026-08-01..2026-08-21, 2026-12-25"),
                                                      QStringLiteral("mon-fri 08-18, sat 09:00-12:00"));
        QVERIFY(calendar);
        QVERIFY(calendar->isClosed(QDate(2026, 8, 15)));
        QVERIFY(!calendar->isClosed(QDate(2026, 8, 22)));
        QVERIFY(calendar->isBusinessHour(6, 11));
        QVERIFY(!calendar->isBusinessHour(6, 12));
        QVERIFY(!calendar->isBusinessHour(7, 10));
        QString problem;
        QVERIFY(!BusinessCalendar::parse(QStringLiteral("2026-08-21..2026-08-01"), {}, &problem));
        QVERIFY(problem.contains(u"2026-08-21..2026-08-01"));
        QVERIFY(!BusinessCalendar::parse({}, QStringLiteral("weekdays 9-5"), &problem));
        QVERIFY(problem.contains(u"weekdays 9-5"));
    }
};

QTEST_GUILESS_MAIN(SilenceDetectorTest)
#include "SilenceDetectorTest.moc"
