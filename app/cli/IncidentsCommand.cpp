#include "IncidentsCommand.h"

#include "DatabaseLocator.h"
#include "platform/AppPaths.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Vigie::Cli {

namespace {

QString utc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace

IncidentsCommand::IncidentsCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : CliCommand(out, err, parent)
{ }

QStringList IncidentsCommand::words() const
{
    return {QStringLiteral("incidents")};
}

QString IncidentsCommand::summary() const
{
    return tr("List the incidents Vigie recorded, or print one's timeline with its evidence.");
}

void IncidentsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The settings file Vigie runs with."),
                                          tr("file"), Platform::AppPaths::defaultConfigFile());
    const QCommandLineOption daysOption(QStringLiteral("days"), tr("List the incidents opened in the last N days."),
                                        QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption timelineOption(QStringLiteral("timeline"), tr("Print the timeline of incident ID."),
                                            QStringLiteral("ID"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object per line."));
    parser.addOptions({configOption, daysOption, timelineOption, jsonOption});
    if (!parseArguments(parser, arguments))
        return;
    bool daysValid = false, idValid = true;
    const int days = parser.value(daysOption).toInt(&daysValid);
    const qint64 id = parser.isSet(timelineOption) ? parser.value(timelineOption).toLongLong(&idValid) : 0;
    if (!daysValid || days < 1 || !idValid || (parser.isSet(timelineOption) && id < 1)) {
        m_err << tr("--days takes a number of days, --timeline an incident's number.") << Qt::endl;
        finishLater(2);
        return;
    }

    QString problem;
    const QString path = DatabaseLocator::databaseFor(parser.value(configOption), parser.isSet(configOption), &problem);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_err << (path.isEmpty() ? problem : tr("Vigie has kept no incident log at %1 yet.").arg(path)) << Qt::endl;
        finishLater(path.isEmpty() ? 2 : 1);
        return;
    }
    // Read as the running Vigie left it: never upgraded under its feet by a newer vigie-cli.
    Store::Database database;
    if (!database.openExisting(path)) {
        m_err << database.errorString() << Qt::endl;
        finishLater(1);
        return;
    }
    const Store::IncidentRepository incidents(database);
    const bool json = parser.isSet(jsonOption);
    if (!parser.isSet(timelineOption)) {
        // Those still open however old, then the recent ones.
        QList<Store::IncidentRecord> listed = incidents.openIncidents();
        for (const Store::IncidentRecord &incident :
             incidents.incidentsSince(QDateTime::currentDateTimeUtc().addDays(-days))) {
            if (!incident.isOpen())
                listed.append(incident);
        }
        std::stable_sort(
            listed.begin(), listed.end(),
            [](const Store::IncidentRecord &a, const Store::IncidentRecord &b) { return a.opened < b.opened; });
        for (const Store::IncidentRecord &incident : std::as_const(listed))
            printIncident(incident, json);
        finishLater(0);
        return;
    }
    const std::optional<Store::IncidentRecord> incident = incidents.incident(id);
    if (!incident) {
        m_err << tr("There is no incident %1.").arg(id) << Qt::endl;
        finishLater(1);
        return;
    }
    printIncident(*incident, json);
    for (const Store::IncidentEventRecord &event : incidents.timeline(id))
        printEvent(event, json);
    finishLater(0);
}

void IncidentsCommand::printIncident(const Store::IncidentRecord &incident, bool json)
{
    if (json) {
        printJson(m_out,
                  {{QStringLiteral("incident"), incident.id},
                   {QStringLiteral("kind"), incident.kind},
                   {QStringLiteral("opened"), utc(incident.opened)},
                   {QStringLiteral("closed"), incident.isOpen() ? QJsonValue() : utc(incident.closed)},
                   {QStringLiteral("worst"), incident.worstState},
                   {QStringLiteral("outcome"), incident.outcome}});
        return;
    }
    m_out << tr("Incident %1: %2, opened %3, %4; worst state %5")
                 .arg(QString::number(incident.id), incident.kind, utc(incident.opened),
                      incident.isOpen() ? tr("still open") : incident.outcome + u' ' + utc(incident.closed),
                      incident.worstState)
          << Qt::endl;
}

void IncidentsCommand::printEvent(const Store::IncidentEventRecord &event, bool json)
{
    if (json) {
        QJsonObject object{{QStringLiteral("at"), utc(event.at)},
                           {QStringLiteral("type"), event.type},
                           {QStringLiteral("name"), event.name}};
        if (!event.fromState.isEmpty())
            object.insert(QStringLiteral("from"), event.fromState);
        if (!event.toState.isEmpty())
            object.insert(QStringLiteral("to"), event.toState);
        if (!event.detail.isEmpty())
            object.insert(QStringLiteral("detail"), QJsonDocument::fromJson(event.detail.toUtf8()).object());
        if (!event.evidence.isEmpty())
            object.insert(QStringLiteral("evidence"), event.evidence);
        printJson(m_out, object);
        return;
    }
    QString line = QStringLiteral("  ") + utc(event.at) + u' ' + event.name;
    if (!event.toState.isEmpty())
        line += QStringLiteral(" (%1 -> %2)").arg(event.fromState, event.toState);
    if (!event.detail.isEmpty() && event.detail != u"{}")
        line += u' ' + event.detail;
    m_out << line << Qt::endl;
    if (event.evidence.isEmpty())
        return;
    const QStringList evidence = QString(event.evidence).remove(u'\r').split(u'\n');
    for (const QString &text : evidence)
        m_out << QStringLiteral("    | ") << text << Qt::endl;
}

} // namespace Vigie::Cli
