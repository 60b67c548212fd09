// vigie-cli simulate, run as a process on small generated traces.

#include "../../support/ProcessRunner.h"
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace {

const QTimeZone Paris("Europe/Paris");

double seconds(const QDate &date, int hour, int minute = 0)
{
    return double(QDateTime(date, QTime(hour, minute), Paris).toMSecsSinceEpoch()) / 1000.0;
}

struct Result
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString errors;
};

} // namespace

class SimulateCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeTrace(const QString &name, const QStringList &lines)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(lines.join(u'\n').toUtf8() + '\n');
        return file.fileName();
    }

    Result simulate(const QStringList &arguments)
    {
        const ProcessResult process =
            runProcess(QStringLiteral(VIGIE_CLI), QStringList{QStringLiteral("simulate")} + arguments);
        return {process.exitCode, jsonLines(process.out), process.err};
    }

    // An office for five weeks from Monday 2 February 2026: a message every 20 minutes from
    // 09:00 to 17:00 on weekdays. Nothing at all on Tuesday 10 February (in the warm-up), and
    // an outage from Tuesday 3 March 10:00 to Wednesday 4 March 14:00.
    QStringList officeTrace()
    {
        QStringList lines{QStringLiteral("# office, Europe/Paris")};
        for (QDate day(2026, 2, 2); day < QDate(2026, 3, 9); day = day.addDays(1)) {
            if (day.dayOfWeek() >= 6 || day == QDate(2026, 2, 10))
                continue;
            for (int minutes = 9 * 60; minutes < 17 * 60; minutes += 20) {
                const double at = seconds(day, minutes / 60, minutes % 60) + 0.25;
                if (at > seconds(QDate(2026, 3, 3), 10) && at < seconds(QDate(2026, 3, 4), 14))
                    continue;
                lines.append(QString::number(at, 'f', 2));
            }
        }
        return lines;
    }

    // A freelancer for six weeks from Monday 2 February 2026: on weekdays one newsletter message
    // at 09:10 and one letter at 14:30. Nothing from Tuesday 10 March 08:00 to Wednesday 11 March
    // 16:00. With bulk, the newsletter's lines carry the mark.
    QStringList freelancerTrace(bool bulk)
    {
        QStringList lines;
        for (QDate day(2026, 2, 2); day < QDate(2026, 3, 13); day = day.addDays(1)) {
            for (const auto &[hour, minute, newsletter] : {std::tuple(9, 10, true), std::tuple(14, 30, false)}) {
                const double at = seconds(day, hour, minute) + 0.5;
                if (day.dayOfWeek() >= 6 || (at > outageStart() && at < outageEnd()))
                    continue;
                lines.append(QString::number(at, 'f', 2) + (bulk && newsletter ? u" bulk" : u""));
            }
        }
        return lines;
    }
    static double outageStart() { return seconds(QDate(2026, 3, 10), 8); }
    static double outageEnd() { return seconds(QDate(2026, 3, 11), 16); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reportsTheOutageAndItsEnd()
    {
        const QString trace = writeTrace(QStringLiteral("office.txt"), officeTrace());
        const Result result =
            simulate({QStringLiteral("--arrivals"), trace, QStringLiteral("--tz"), QStringLiteral("Europe/Paris")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors));
        QCOMPARE(result.lines.size(), 2);

        const QJsonObject outage = result.lines.at(0);
        QCOMPARE(outage.value(u"state").toString(), QStringLiteral("outage"));
        QCOMPARE(outage.value(u"signal").toString(), QStringLiteral("silence"));
        QVERIFY(outage.value(u"score").toDouble() > 1);
        const double t = outage.value(u"t").toDouble();
        QVERIFY2(t > seconds(QDate(2026, 3, 3), 10, 30) && t < seconds(QDate(2026, 3, 3), 14),
                 qPrintable(QString::number(t, 'f', 3)));

        const QJsonObject healthy = result.lines.at(1);
        QCOMPARE(healthy.value(u"state").toString(), QStringLiteral("healthy"));
        QCOMPARE(healthy.value(u"t").toDouble(), seconds(QDate(2026, 3, 4), 14) + 0.25);
        QCOMPARE(QStringList(outage.keys()),
                 (QStringList{QStringLiteral("score"), QStringLiteral("signal"), QStringLiteral("state"),
                              QStringLiteral("t")}));
    }

    void aLaxerBudgetAlarmsSooner()
    {
        const QString trace = writeTrace(QStringLiteral("office.txt"), officeTrace());
        const Result strict =
            simulate({QStringLiteral("--arrivals"), trace, QStringLiteral("--tz"), QStringLiteral("Europe/Paris"),
                      QStringLiteral("--false-alarm-budget"), QStringLiteral("0.1")});
        const Result lax =
            simulate({QStringLiteral("--arrivals"), trace, QStringLiteral("--tz"), QStringLiteral("Europe/Paris"),
                      QStringLiteral("--false-alarm-budget"), QStringLiteral("20")});
        QVERIFY(!strict.lines.isEmpty() && !lax.lines.isEmpty());
        QVERIFY(lax.lines.constFirst().value(u"t").toDouble() < strict.lines.constFirst().value(u"t").toDouble());
    }

    void bulkSendersMakeAMissingNewsletterCount()
    {
        // Alone, the 09:10 message is just another letter and a day and a half without either
        // passes for quiet; marked, it is a newsletter that hardly ever fails to come.
        const QStringList tz{QStringLiteral("--tz"), QStringLiteral("Europe/Paris")};
        const Result marked = simulate(
            QStringList{QStringLiteral("--arrivals"), writeTrace(QStringLiteral("marked.txt"), freelancerTrace(true))}
            + tz);
        const Result unmarked = simulate(QStringList{QStringLiteral("--arrivals"),
                                                     writeTrace(QStringLiteral("unmarked.txt"), freelancerTrace(false))}
                                         + tz);
        QCOMPARE(marked.exitCode, 0);
        QCOMPARE(unmarked.exitCode, 0);
        QVERIFY2(!marked.lines.isEmpty(), qPrintable(marked.errors));
        QCOMPARE(marked.lines.constFirst().value(u"state").toString(), QStringLiteral("outage"));
        const double t = marked.lines.constFirst().value(u"t").toDouble();
        QVERIFY2(t > outageStart() && t < outageEnd(), qPrintable(QString::number(t, 'f', 3)));
        QVERIFY(std::none_of(unmarked.lines.cbegin(), unmarked.lines.cend(), [](const QJsonObject &line) {
            return line.value(u"state").toString() == u"outage" && line.value(u"t").toDouble() < outageEnd();
        }));
    }

    void rejectsMalformedTraces_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("quoted"); // what the message names as wrong
        QTest::newRow("not a number") << QStringList{QStringLiteral("# comment"), QStringLiteral("1767600000.5"),
                                                     QStringLiteral("yesterday")}
                                      << QStringLiteral(":3:") << QStringLiteral("yesterday");
        QTest::newRow("descending") << QStringList{QStringLiteral("1767600000"), QStringLiteral(""),
                                                   QStringLiteral("1767500000")}
                                    << QStringLiteral(":3:") << QStringLiteral("1767500000");
        QTest::newRow("unknown mark") << QStringList{QStringLiteral("1767600000 bulk"),
                                                     QStringLiteral("1767600100 newsletter")}
                                      << QStringLiteral(":2:") << QStringLiteral("“newsletter”");
        QTest::newRow("two marks") << QStringList{QStringLiteral("1767600000\tbulk bulk")} << QStringLiteral(":1:")
                                   << QStringLiteral("“bulk bulk”");
    }

    void rejectsMalformedTraces()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, where);
        QFETCH(QString, quoted);
        const Result result = simulate({QStringLiteral("--arrivals"), writeTrace(QStringLiteral("bad.txt"), lines)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.lines.isEmpty());
        QVERIFY2(result.errors.contains(where), qPrintable(result.errors));
        QVERIFY2(result.errors.contains(quoted), qPrintable(result.errors));
    }

    void rejectsBadUsage()
    {
        QCOMPARE(simulate({}).exitCode, 2);
        const QString trace = writeTrace(QStringLiteral("ok.txt"), {QStringLiteral("1767600000")});
        const Result zone =
            simulate({QStringLiteral("--arrivals"), trace, QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")});
        QCOMPARE(zone.exitCode, 2);
        QVERIFY(zone.errors.contains(u"Mars/Olympus"));
        QCOMPARE(
            simulate({QStringLiteral("--arrivals"), trace, QStringLiteral("--false-alarm-budget"), QStringLiteral("0")})
                .exitCode,
            2);
        QCOMPARE(simulate({QStringLiteral("--arrivals"), m_dir.filePath(QStringLiteral("missing.txt"))}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(SimulateCommandTest)
#include "SimulateCommandTest.moc"
