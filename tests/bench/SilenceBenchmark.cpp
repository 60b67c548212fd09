// bench-silence: Vigie's learned silence detector against the oracle that knows the true rate
// and the best fixed "no mail for G hours" window chosen in hindsight, on generated traces.

#include "AlarmScorer.h"
#include "Baselines.h"
#include "TraceGenerator.h"

#include "detect/SilenceReplay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Vigie;

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;
const qint64 TraceStartMs = QDateTime(QDate(2026, 2, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

struct Totals
{
    int falseAlarms = 0;
    double watchedDays = 0;
    QList<double> delaysHours; // detected outages among those the oracle detects
    int missed = 0;
    int late = 0; // of the missed: alarmed after the outage ended, in the silence it left

    void add(const Bench::AlarmScorer::Score &score, const QList<bool> &counted)
    {
        falseAlarms += score.falseAlarms;
        watchedDays += score.watchedDays;
        for (qsizetype i = 0; i < score.delays.size(); ++i) {
            if (!counted.at(i))
                continue;
            if (score.delays.at(i)) {
                delaysHours.append(double(*score.delays.at(i)) / double(HourMs));
            } else {
                ++missed;
                late += score.lateDelays.at(i) ? 1 : 0;
            }
        }
    }
    double perNinetyDays() const { return watchedDays > 0 ? falseAlarms * 90.0 / watchedDays : 0; }
    double medianDelay() const
    {
        if (delaysHours.isEmpty())
            return qQNaN();
        QList<double> sorted = delaysHours;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype n = sorted.size();
        return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
    }
};

struct Run
{
    Bench::Trace trace;
    QList<bool> counted; // outages the oracle detects before they end
};

QString row(const QString &name, const Totals &totals, int outages)
{
    return QStringLiteral("  %1 %2 %3 %4 %5")
        .arg(name, -28)
        .arg(QString::number(totals.perNinetyDays(), 'f', 2), 17)
        .arg(QStringLiteral("%1/%2").arg(totals.missed).arg(outages), 8)
        .arg(totals.late, 6)
        .arg(QString::number(totals.medianDelay(), 'f', 2), 17);
}

Totals scoreAll(const QList<Run> &runs, qint64 evaluateFromMs, const std::function<QList<qint64>(const Run &)> &alarms)
{
    Totals totals;
    for (const Run &run : runs)
        totals.add(Bench::AlarmScorer(run.trace, evaluateFromMs).score(alarms(run)), run.counted);
    return totals;
}

// The least strict setting of a baseline that meets the budget over all runs of a profile, chosen
// in hindsight: false alarms only fall as the setting grows, so a binary search finds it.
double hindsightSetting(const QList<Run> &runs, double budget, qint64 evaluateFromMs, double low, double high,
                        double resolution, const std::function<QList<qint64>(const Run &, double)> &alarms)
{
    while (high - low > resolution) {
        const double middle = (low + high) / 2;
        const auto atMiddle = [&](const Run &run) {
            return alarms(run, middle);
        };
        (scoreAll(runs, evaluateFromMs, atMiddle).perNinetyDays() <= budget ? high : low) = middle;
    }
    return high;
}

// What one replay did, for --verbose.
struct Replay
{
    const Run &run;
    quint64 seed;
    const Detect::SilenceDetector::Options &options;
    const QList<Detect::TimedArrival> &arrivals;
    const QTimeZone &zone;

    // The detector as it stood once it had seen the arrivals before untilMs.
    Detect::SilenceDetector learnedUntil(qint64 untilMs) const
    {
        Detect::SilenceDetector detector(options);
        for (const auto &[at, origin] : arrivals) {
            if (at >= untilMs)
                break;
            detector.addArrival(at, origin);
        }
        return detector;
    }
    QString local(qint64 ms) const
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
            .toTimeZone(zone)
            .toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
    }
};

// Every false alarm and every outage explained: the silence, what the detector expected in it and
// what the generator's law did.
void explain(QTextStream &out, const Replay &replay, const QList<qint64> &alarms, qint64 evaluateFromMs,
             const Bench::AlarmScorer::Score &oracleScore, const Bench::AlarmScorer::Score &vigieScore)
{
    const Bench::Trace &trace = replay.run.trace;
    for (const qint64 alarm : alarms) {
        const bool inOutage = std::any_of(trace.outages.cbegin(), trace.outages.cend(),
                                          [alarm](const auto &o) { return alarm >= o.startMs && alarm < o.endMs; });
        if (inOutage || alarm < evaluateFromMs)
            continue;
        const Detect::SilenceDetector detector = replay.learnedUntil(alarm + 1);
        const qint64 last = *detector.lastArrival();
        out << QStringLiteral("    seed %1 false alarm %2, silence %3 h, true expected %4, expected %5, "
                              "level %6, shape %7\n")
                   .arg(replay.seed)
                   .arg(replay.local(alarm))
                   .arg(double(alarm - last) / HourMs, 0, 'f', 1)
                   .arg(trace.expectedBetween(last, alarm), 0, 'f', 1)
                   .arg(detector.expectedBetween(last, alarm), 0, 'f', 1)
                   .arg(detector.level(), 0, 'f', 2)
                   .arg(detector.dispersion().shape(), 0, 'f', 2);
    }
    for (qsizetype i = 0; i < vigieScore.delays.size(); ++i) {
        const auto &outage = trace.outages.at(i);
        // What the detector made of the whole outage, had it lasted to its end unannounced.
        const Detect::SilenceDetector detector = replay.learnedUntil(outage.startMs);
        const Detect::SilenceAssessment atEnd = detector.assess(outage.endMs - 1);
        out << QStringLiteral("    seed %1 outage %2 +%3 h: oracle %4 h, vigie %5 h; at its end score %6 of %7, "
                              "expected %8 (true %9), level %10, shape %11\n")
                   .arg(replay.seed)
                   .arg(replay.local(outage.startMs))
                   .arg(double(outage.endMs - outage.startMs) / HourMs, 0, 'f', 1)
                   .arg(oracleScore.delays.at(i) ? double(*oracleScore.delays.at(i)) / HourMs : -1.0, 0, 'f', 2)
                   .arg(vigieScore.delays.at(i) ? double(*vigieScore.delays.at(i)) / HourMs : -1.0, 0, 'f', 2)
                   .arg(atEnd.score, 0, 'f', 2)
                   .arg(atEnd.threshold, 0, 'f', 2)
                   .arg(atEnd.expected, 0, 'f', 2)
                   .arg(trace.expectedBetween(*detector.lastArrival(), outage.endMs), 0, 'f', 2)
                   .arg(detector.level(), 0, 'f', 2)
                   .arg(detector.dispersion().shape(), 0, 'f', 2);
    }
}

void benchProfile(QTextStream &out, const Bench::MailboxProfile &profile, const QTimeZone &zone, double budget,
                  quint64 firstSeed, int seeds, int days, int outagesPerTrace, bool verbose)
{
    const qint64 evaluateFromMs = TraceStartMs + 14 * DayMs;
    const Bench::TraceGenerator generator(profile, zone);
    QList<Run> runs;
    Totals oracle;
    // Vigie fed a bare list of times (a simulate file without marks), and as the live watcher feeds
    // it, bulk senders known from their headers: the variant the floors judge.
    struct VigieVariant
    {
        QString name;
        bool bulkSendersKnown;
        Totals totals;
    };
    QList<VigieVariant> variants{{QStringLiteral("vigie, times only"), false, {}},
                                 {QStringLiteral("vigie, bulk senders known"), true, {}}};
    int countedOutages = 0, allOutages = 0;
    double arrivals = 0;
    for (quint64 seed = firstSeed; seed < firstSeed + quint64(seeds); ++seed) {
        Run run{generator.generate(seed, TraceStartMs, days, outagesPerTrace), {}};
        arrivals += double(run.trace.arrivalsMs.size());
        const Bench::AlarmScorer scorer(run.trace, evaluateFromMs);
        const auto oracleScore = scorer.score(Bench::Baselines::oracleAlarms(run.trace, budget));
        for (qsizetype i = 0; i < oracleScore.delays.size(); ++i) {
            const auto &outage = run.trace.outages.at(i);
            run.counted.append(oracleScore.delays.at(i).has_value()
                               && *oracleScore.delays.at(i) < outage.endMs - outage.startMs);
            countedOutages += run.counted.constLast() ? 1 : 0;
        }
        allOutages += int(run.trace.outages.size());
        oracle.add(oracleScore, run.counted);

        Detect::SilenceDetector::Options options;
        options.timeZone = zone;
        options.falseAlarmsPer90Days = budget;
        if (qEnvironmentVariableIsSet("VIGIE_BENCH_HALF_LIFE"))
            options.levelHalfLifeDays = qEnvironmentVariable("VIGIE_BENCH_HALF_LIFE").toDouble();
        if (qEnvironmentVariableIsSet("VIGIE_BENCH_LEVEL_PRIOR"))
            options.levelPriorArrivals = qEnvironmentVariable("VIGIE_BENCH_LEVEL_PRIOR").toDouble();
        if (qEnvironmentVariableIsSet("VIGIE_BENCH_RETENTION"))
            options.weeklyRetention = qEnvironmentVariable("VIGIE_BENCH_RETENTION").toDouble();
        if (qEnvironmentVariableIsSet("VIGIE_BENCH_SCHEDULE_RETENTION"))
            options.scheduleRetention = qEnvironmentVariable("VIGIE_BENCH_SCHEDULE_RETENTION").toDouble();
        if (qEnvironmentVariableIsSet("VIGIE_BENCH_DECLUSTER_S"))
            options.declusterMs = qEnvironmentVariable("VIGIE_BENCH_DECLUSTER_S").toLongLong() * 1000;
        for (VigieVariant &variant : variants) {
            const QList<Detect::TimedArrival> fed = run.trace.timedArrivals(variant.bulkSendersKnown);
            QList<qint64> alarms;
            for (const auto &step : Detect::SilenceReplay(options).run(fed)) {
                if (step.state == Detect::IncidentState::Outage)
                    alarms.append(step.atMs);
            }
            const auto vigieScore = scorer.score(alarms);
            variant.totals.add(vigieScore, run.counted);
            if (verbose && variant.bulkSendersKnown)
                explain(out, {run, seed, options, fed, zone}, alarms, evaluateFromMs, oracleScore, vigieScore);
        }
        runs.append(run);
    }
    const auto fixedAlarms = [](const Run &run, double minutes) {
        return Bench::Baselines::fixedWindowAlarms(run.trace, qint64(minutes * 60000));
    };
    const double windowMinutes =
        std::ceil(hindsightSetting(runs, budget, evaluateFromMs, 1, 14 * 24 * 60, 1, fixedAlarms));
    const Totals fixed =
        scoreAll(runs, evaluateFromMs, [&](const Run &run) { return fixedAlarms(run, windowMinutes); });
    const auto informedAlarms = [](const Run &run, double threshold) {
        return Bench::Baselines::informedAlarms(run.trace, threshold);
    };
    const double informedThreshold = hindsightSetting(runs, budget, evaluateFromMs, 0, 40, 0.01, informedAlarms);
    const Totals informed =
        scoreAll(runs, evaluateFromMs, [&](const Run &run) { return informedAlarms(run, informedThreshold); });

    out << QStringLiteral("%1: %2 seeds from %3, %4 days each, %5 arrivals/day, %6 outages (%7 the oracle "
                          "detects before they end); budget %8 false alarm(s) per 90 days")
               .arg(profile.name)
               .arg(seeds)
               .arg(firstSeed)
               .arg(days)
               .arg(arrivals / seeds / days, 0, 'f', 1)
               .arg(allOutages)
               .arg(countedOutages)
               .arg(budget)
        << Qt::endl;
    out << QStringLiteral("  %1 %2 %3 %4 %5")
               .arg(QString(), -28)
               .arg(QStringLiteral("false alarms/90d"), 17)
               .arg(QStringLiteral("missed"), 8)
               .arg(QStringLiteral("late"), 6)
               .arg(QStringLiteral("median delay (h)"), 17)
        << Qt::endl;
    out << row(QStringLiteral("oracle (true rate)"), oracle, countedOutages) << Qt::endl;
    out << row(QStringLiteral("best fixed window %1 h").arg(windowMinutes / 60, 0, 'f', 1), fixed, countedOutages)
        << Qt::endl;
    out << row(QStringLiteral("knows the law, surprise %1").arg(informedThreshold, 0, 'f', 2), informed, countedOutages)
        << Qt::endl;
    for (const VigieVariant &variant : std::as_const(variants))
        out << row(variant.name, variant.totals, countedOutages) << Qt::endl;
    const Totals &vigie = variants.constLast().totals;
    const double versusOracle = vigie.medianDelay() / oracle.medianDelay();
    const double versusFixed = vigie.medianDelay() / fixed.medianDelay();
    out << QStringLiteral("  median delay (bulk senders known): %1x the oracle's, %2x the best fixed window's")
               .arg(versusOracle, 0, 'f', 2)
               .arg(versusFixed, 0, 'f', 2)
        << Qt::endl;
    const bool pass = vigie.missed == 0 && vigie.perNinetyDays() <= budget && versusOracle <= 1.5;
    out << QStringLiteral("  floors (no missed outage, false alarms <= %1/90d, delay <= 1.5x oracle): %2")
               .arg(budget)
               .arg(pass ? QStringLiteral("met") : QStringLiteral("NOT MET"))
        << Qt::endl
        << Qt::endl;
}

void benchReplayTime(QTextStream &out, const QTimeZone &zone, const QString &cliPath)
{
    // The yardstick of the replay's speed: 120 days of a busy mailbox, at least 30,000 arrivals.
    constexpr qsizetype ReplayArrivals = 30'000;
    Bench::MailboxProfile profile = Bench::MailboxProfile::busyShop();
    Bench::Trace trace = Bench::TraceGenerator(profile, zone).generate(7, TraceStartMs, 120, 0);
    while (trace.arrivalsMs.size() < ReplayArrivals) {
        profile.weekdayArrivals *= 1.1;
        trace = Bench::TraceGenerator(profile, zone).generate(7, TraceStartMs, 120, 0);
    }
    Detect::SilenceDetector::Options options;
    options.timeZone = zone;
    QElapsedTimer timer;
    timer.start();
    const QList<Detect::TimedArrival> arrivals = trace.timedArrivals(true);
    const qsizetype changes = Detect::SilenceReplay(options).run(arrivals).size();
    out << QStringLiteral("replay: 120 days, %1 arrivals, %2 state changes: %3 ms in process")
               .arg(trace.arrivalsMs.size())
               .arg(changes)
               .arg(timer.elapsed());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("trace.txt")));
    if (!cliPath.isEmpty() && dir.isValid() && file.open(QIODevice::WriteOnly)) {
        QTextStream stream(&file);
        for (const auto &[at, origin] : arrivals)
            stream << QString::number(double(at) / 1000.0, 'f', 3)
                   << (origin == Detect::ArrivalOrigin::BulkSender ? " bulk\n" : "\n");
        stream.flush();
        file.close();
        QProcess cli;
        timer.restart();
        cli.start(cliPath,
                  {QStringLiteral("simulate"), QStringLiteral("--arrivals"), file.fileName(), QStringLiteral("--tz"),
                   QString::fromUtf8(zone.id())});
        cli.waitForFinished(60000);
        out << QStringLiteral(", %1 ms for vigie-cli simulate (exit %2)").arg(timer.elapsed()).arg(cli.exitCode());
    }
    out << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vigie.detect.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seedsOption(QStringLiteral("seeds"), QStringLiteral("Traces per profile."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption firstSeedOption(QStringLiteral("first-seed"), QStringLiteral("The first seed."),
                                             QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days per trace."), QStringLiteral("n"),
                                        QStringLiteral("120"));
    const QCommandLineOption outagesOption(QStringLiteral("outages"), QStringLiteral("Outages per trace."),
                                           QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption budgetOption(QStringLiteral("budget"), QStringLiteral("False alarms per 90 days."),
                                          QStringLiteral("f"), QStringLiteral("1"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Only this profile: shop, office or freelancer."),
                                           QStringLiteral("name"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("vigie-cli, to time simulate."),
                                       QStringLiteral("path"), QStringLiteral(VIGIE_CLI_PATH));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Print every outage."));
    parser.addOptions({verboseOption, seedsOption, firstSeedOption, daysOption, outagesOption, budgetOption,
                       profileOption, cliOption});
    parser.process(app);

    QTextStream out(stdout);
    const QTimeZone zone("Europe/Paris");
    const QString only = parser.value(profileOption);
    const QList<std::pair<QString, Bench::MailboxProfile>> profiles{
        {QStringLiteral("shop"), Bench::MailboxProfile::busyShop()},
        {QStringLiteral("office"), Bench::MailboxProfile::smallOffice()},
        {QStringLiteral("freelancer"), Bench::MailboxProfile::quietFreelancer()},
    };
    for (const auto &[key, profile] : profiles) {
        if (only.isEmpty() || only == key) {
            benchProfile(out, profile, zone, parser.value(budgetOption).toDouble(),
                         parser.value(firstSeedOption).toULongLong(), parser.value(seedsOption).toInt(),
                         parser.value(daysOption).toInt(), parser.value(outagesOption).toInt(),
                         parser.isSet(verboseOption));
        }
    }
    benchReplayTime(out, zone, parser.value(cliOption));
    return 0;
}
