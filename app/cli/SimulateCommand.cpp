#include "SimulateCommand.h"

#include "detect/SilenceReplay.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLoggingCategory>

#include <cmath>

namespace Vigie::Cli {

namespace {

enum ExitCode { Success = 0, BadInput = 1, BadUsage = 2 };

QString formatSeconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace

SimulateCommand::SimulateCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : CliCommand(out, err, parent)
{ }

QStringList SimulateCommand::words() const
{
    return {QStringLiteral("simulate")};
}

QString SimulateCommand::summary() const
{
    return tr("Replay a trace of arrival times through the silence detector; print each state change.");
}

void SimulateCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption arrivalsOption(
        QStringLiteral("arrivals"),
        tr("The trace: one arrival per line in Unix epoch seconds (decimals allowed), ascending, "
           "optionally followed by the word bulk when the message came from a bulk sender (a list, a "
           "newsletter, a notification); lines starting with # are comments."),
        tr("file"));
    const QCommandLineOption zoneOption(QStringLiteral("tz"),
                                        tr("The mailbox's time zone, for its hours of the week (default: the "
                                           "system's)."),
                                        tr("zone"));
    const QCommandLineOption budgetOption(QStringLiteral("false-alarm-budget"),
                                          tr("False alarms tolerated per 90 days (default: 1)."), tr("n"),
                                          QStringLiteral("1"));
    parser.addOptions({arrivalsOption, zoneOption, budgetOption});
    if (!parseArguments(parser, arguments))
        return;
    if (!parser.isSet(arrivalsOption)) {
        m_err << tr("Name the trace to replay with --arrivals FILE.") << Qt::endl;
        finishLater(BadUsage);
        return;
    }

    Detect::SilenceDetector::Options options;
    options.timeZone = QTimeZone::systemTimeZone();
    if (parser.isSet(zoneOption)) {
        options.timeZone = QTimeZone(parser.value(zoneOption).toUtf8());
        if (!options.timeZone.isValid()) {
            m_err << tr("“%1” is not a time zone this system knows; write for example Europe/Paris.")
                         .arg(parser.value(zoneOption))
                  << Qt::endl;
            finishLater(BadUsage);
            return;
        }
    }
    bool budgetOk = false;
    options.falseAlarmsPer90Days = parser.value(budgetOption).toDouble(&budgetOk);
    if (!budgetOk || !(options.falseAlarmsPer90Days > 0) || !std::isfinite(options.falseAlarmsPer90Days)) {
        m_err << tr("--false-alarm-budget is “%1”; it must be a number of false alarms per 90 days "
                    "greater than 0, such as 1 or 0.5.")
                     .arg(parser.value(budgetOption))
              << Qt::endl;
        finishLater(BadUsage);
        return;
    }

    const std::optional<QList<Detect::TimedArrival>> arrivals = readArrivals(parser.value(arrivalsOption));
    if (!arrivals) {
        finishLater(BadInput);
        return;
    }
    // stdout is the JSON stream and stderr is for problems: the per-incident log lines of a
    // replay of months would drown both.
    QLoggingCategory::setFilterRules(QStringLiteral("vigie.detect.info=false"));
    const Detect::SilenceReplay replay(options);
    const QList<Detect::SilenceReplay::Step> steps = replay.run(*arrivals);
    for (const Detect::SilenceReplay::Step &step : steps) {
        m_out << QStringLiteral("{\"t\":") << formatSeconds(step.atMs) << QStringLiteral(",\"state\":\"")
              << Detect::identifier(step.state) << QStringLiteral("\",\"signal\":\"") << step.signal
              << QStringLiteral("\",\"score\":") << QString::number(step.score, 'f', 3) << QStringLiteral("}\n");
    }
    finishLater(Success);
}

std::optional<QList<Detect::TimedArrival>> SimulateCommand::readArrivals(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("The trace %1 cannot be read: %2").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    QList<Detect::TimedArrival> arrivals;
    arrivals.reserve(content.count('\n') + 1);
    int lineNumber = 0;
    for (const QByteArray &rawLine : content.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.simplified();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split(' ');
        bool ok = false;
        const double seconds = fields.constFirst().toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 1e11) {
            m_err << tr("%1:%2: “%3” is not an arrival time in Unix epoch seconds, such as 1767600000.5.")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(QString::fromUtf8(fields.constFirst().left(60)))
                  << Qt::endl;
            return std::nullopt;
        }
        const bool bulk = fields.size() == 2 && fields.at(1) == "bulk";
        if (fields.size() > 1 && !bulk) {
            m_err << tr("%1:%2: after the arrival time, only the word bulk may follow (the message came from a "
                        "bulk sender); found “%3”.")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(QString::fromUtf8(line.mid(fields.constFirst().size() + 1).left(60)))
                  << Qt::endl;
            return std::nullopt;
        }
        const qint64 ms = qint64(std::llround(seconds * 1000.0));
        if (!arrivals.isEmpty() && ms < arrivals.constLast().atMs) {
            m_err << tr("%1:%2: %3 comes before the arrival on the line above; arrivals must be in "
                        "ascending order.")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(QString::fromUtf8(fields.constFirst()))
                  << Qt::endl;
            return std::nullopt;
        }
        arrivals.append({ms, Detect::originOf(bulk)});
    }
    return arrivals;
}

} // namespace Vigie::Cli
