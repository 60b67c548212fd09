#include "DaemonCommand.h"

#include "DatabaseLocator.h"
#include "platform/AppPaths.h"
#include "service/ControlServer.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QLocale>

namespace Vigie::Cli {

namespace {

constexpr int ReplyTimeoutMs = 10'000;

} // namespace

DaemonCommand::DaemonCommand(Request request, QTextStream &out, QTextStream &err, QObject *parent)
    : CliCommand(out, err, parent)
    , m_request(request)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(ReplyTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(3, tr("Vigie did not answer within %1 seconds.").arg(ReplyTimeoutMs / 1000)); });
}

DaemonCommand::~DaemonCommand() = default;

QStringList DaemonCommand::words() const
{
    switch (m_request) {
    case Request::Status:
        return {QStringLiteral("status")};
    case Request::Snooze:
        return {QStringLiteral("snooze")};
    case Request::Declare:
        break;
    }
    return {QStringLiteral("declare")};
}

QString DaemonCommand::summary() const
{
    switch (m_request) {
    case Request::Status:
        return tr("Ask the running Vigie how the mail flows.");
    case Request::Snooze:
        return tr("Tell the running Vigie to raise no alarm for HOURS hours.");
    case Request::Declare:
        break;
    }
    return tr("Tell the running Vigie that an outage has begun (outage) or is over (resolved).");
}

void DaemonCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The settings file the running Vigie uses."),
                                          tr("file"), Platform::AppPaths::defaultConfigFile());
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print Vigie's reply as one JSON object."));
    parser.addOption(configOption);
    parser.addOption(jsonOption);
    if (m_request == Request::Snooze)
        parser.addPositionalArgument(QStringLiteral("HOURS"),
                                     tr("How long, 1 to %1 hours.").arg(Service::ControlServer::MaxSnoozeHours));
    else if (m_request == Request::Declare)
        parser.addPositionalArgument(QStringLiteral("outage|resolved"), tr("What to declare."));
    if (!parseArguments(parser, arguments))
        return;
    m_json = parser.isSet(jsonOption);
    m_configPath = parser.value(configOption);

    const QByteArray line = requestLine(parser.positionalArguments());
    if (line.isEmpty())
        return;
    QString problem;
    const QString database = DatabaseLocator::databaseFor(m_configPath, parser.isSet(configOption), &problem);
    if (database.isEmpty()) {
        fail(2, problem);
        return;
    }
    m_names = Service::ControlServer::socketNames(database);
    ask(line);
}

QByteArray DaemonCommand::requestLine(const QStringList &positional)
{
    switch (m_request) {
    case Request::Status:
        if (positional.isEmpty())
            return "status";
        break;
    case Request::Snooze:
        if (positional.size() == 1)
            return "snooze " + positional.constFirst().toUtf8();
        break;
    case Request::Declare:
        if (positional == QStringList{QStringLiteral("outage")})
            return "declare-outage";
        if (positional == QStringList{QStringLiteral("resolved")})
            return "declare-resolved";
        break;
    }
    fail(2, tr("Usage: vigie-cli %1 --help").arg(words().join(u' ')));
    return {};
}

void DaemonCommand::ask(const QByteArray &line)
{
    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::connected, this, [this, line] { m_socket->write(line + '\n'); });
    connect(m_socket, &QLocalSocket::readyRead, this, [this] {
        m_received += m_socket->readAll();
        if (!m_received.contains('\n'))
            return;
        m_timeout.stop();
        const QJsonDocument reply = QJsonDocument::fromJson(m_received.left(m_received.indexOf('\n')));
        m_socket->abort();
        if (!reply.isObject()) {
            fail(1, tr("Vigie's answer cannot be understood."));
            return;
        }
        onReply(reply.object());
    });
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (!m_timeout.isActive())
            return; // answered already, or given up
        const bool absent = error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError;
        if (absent && !m_names.isEmpty()) {
            // Where Vigie listens when it cannot in the first place, once this socket is closed.
            m_socket->abort();
            QTimer::singleShot(0, m_socket, [this] { m_socket->connectToServer(m_names.takeFirst()); });
            return;
        }
        m_timeout.stop();
        if (absent)
            fail(3, tr("No Vigie is running with the settings in %1.").arg(m_configPath));
        else
            fail(3, tr("Vigie cannot be reached: %1").arg(m_socket->errorString()));
    });
    m_timeout.start();
    m_socket->connectToServer(m_names.takeFirst());
}

void DaemonCommand::onReply(const QJsonObject &reply)
{
    if (m_json)
        m_out << QJsonDocument(reply).toJson(QJsonDocument::Compact) << Qt::endl;
    if (!reply.value(QStringLiteral("ok")).toBool()) {
        if (!m_json)
            m_err << reply.value(QStringLiteral("error")).toString() << Qt::endl;
        finishLater(1);
        return;
    }
    if (!m_json)
        printStatus(reply);
    finishLater(0);
}

void DaemonCommand::printStatus(const QJsonObject &status)
{
    const QString address = status.value(QStringLiteral("address")).toString();
    if (status.value(QStringLiteral("watching")).toBool())
        m_out << tr("Vigie is watching %1.").arg(address) << Qt::endl;
    else
        m_out << tr("Vigie runs but is not watching %1: %2")
                     .arg(address, status.value(QStringLiteral("problem")).toString())
              << Qt::endl;
    const auto local = [](const QJsonValue &utc) {
        return QLocale().toString(QDateTime::fromString(utc.toString(), Qt::ISODate).toLocalTime(),
                                  QLocale::ShortFormat);
    };
    QString mail = stateText(status.value(QStringLiteral("mail")).toString());
    if (status.contains(QStringLiteral("incidentOpened")))
        mail += u' ' + tr("(incident since %1)").arg(local(status.value(QStringLiteral("incidentOpened"))));
    m_out << tr("Mail flow: %1").arg(mail) << Qt::endl;
    m_out << tr("Mailbox access: %1").arg(stateText(status.value(QStringLiteral("access")).toString())) << Qt::endl;
    const QJsonValue snoozed = status.value(QStringLiteral("snoozedUntil"));
    if (snoozed.isString() && QDateTime::fromString(snoozed.toString(), Qt::ISODate) > QDateTime::currentDateTimeUtc())
        m_out << tr("Alarms snoozed until %1.").arg(local(snoozed)) << Qt::endl;
}

QString DaemonCommand::stateText(const QString &identifier)
{
    const std::pair<QLatin1String, QString> words[] = {
        {QLatin1String("healthy"), tr("flowing")},
        {QLatin1String("suspect"), tr("in doubt, being checked")},
        {QLatin1String("outage"), tr("outage")},
        {QLatin1String("recovering"), tr("flowing again, being confirmed")},
        {QLatin1String("ok"), tr("ok")},
        {QLatin1String("failing"), tr("failing, within its grace period")},
        {QLatin1String("down"), tr("out of reach")},
        {QLatin1String("authentication-refused"), tr("login refused: check the password")},
    };
    for (const auto &[key, text] : words) {
        if (identifier == key)
            return text;
    }
    return identifier;
}

void DaemonCommand::fail(int exitCode, const QString &sentence)
{
    m_err << sentence << Qt::endl;
    finishLater(exitCode);
}

} // namespace Vigie::Cli
