#include "ControlServer.h"

#include "MonitorService.h"
#include "ServiceLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace Vigie::Service {

namespace {

// A request is a word and a number: anything longer is not one.
constexpr qint64 MaxRequestBytes = 256;
constexpr int RequestTimeoutMs = 2000;
// A Unix socket's path must fit in sockaddr_un (108 bytes on Linux, 104 on others).
constexpr qsizetype MaxSocketPathBytes = 100;

QString serviceIdentifier(MonitorService::State state)
{
    switch (state) {
    case MonitorService::State::Running:
        return QStringLiteral("running");
    case MonitorService::State::NotConfigured:
        return QStringLiteral("not-configured");
    case MonitorService::State::Failed:
        return QStringLiteral("failed");
    case MonitorService::State::Stopped:
        break;
    }
    return QStringLiteral("stopped");
}

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QStringList ControlServer::socketNames(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QDir::cleanPath(database.absoluteFilePath()).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
#ifdef Q_OS_UNIX
    // In the data folder, else the user's runtime folder (for a path too long for a socket, or a
    // folder that cannot hold one, as on a shared drive): folders only the user may write to, so
    // that no one else can put a socket of theirs in its place, as they could in /tmp.
    QStringList names;
    const QString inDataFolder = database.absoluteDir().filePath(QStringLiteral("vigie.sock"));
    if (QFile::encodeName(inDataFolder).size() < MaxSocketPathBytes)
        names.append(inDataFolder);
    // Without a session's runtime folder (a service, cron), Qt would make one in /tmp, and say so
    // on every run of vigie-cli: only for a path that leaves no choice.
    if (names.isEmpty() || qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        names.append(QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation))
                         .filePath(QStringLiteral("vigie-%1.sock").arg(hash)));
    return names;
#else
    return {QStringLiteral("vigie-") + hash};
#endif
}

ControlServer::ControlServer(MonitorService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
}

ControlServer::~ControlServer() = default;

bool ControlServer::listen(const QStringList &names)
{
    for (const QString &name : names) {
        // A socket file left by a Vigie that crashed would stand in the way.
        QLocalServer::removeServer(name);
        if (m_server->listen(name)) {
            qCInfo(lcService) << "vigie-cli can reach this Vigie at" << m_server->fullServerName();
            return true;
        }
        m_errorString = tr("vigie-cli cannot reach this Vigie: %1").arg(m_server->errorString());
        qCWarning(lcService).noquote() << m_errorString;
    }
    return false;
}

void ControlServer::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // vigie-cli writes its request as soon as it is connected; a silent peer only holds a socket.
    QTimer::singleShot(RequestTimeoutMs, socket, &QLocalSocket::abort);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > MaxRequestBytes)
                socket->abort();
            return;
        }
        const QByteArray request = socket->readLine(MaxRequestBytes).trimmed();
        socket->write(QJsonDocument(answer(request)).toJson(QJsonDocument::Compact) + '\n');
        socket->disconnectFromServer();
    });
}

QJsonObject ControlServer::answer(const QByteArray &request)
{
    const QList<QByteArray> words = request.simplified().split(' ');
    const QByteArray verb = words.constFirst();
    if (verb == "status" && words.size() == 1)
        return status();
    if (verb != "snooze" && verb != "declare-outage" && verb != "declare-resolved")
        return refusal(tr("Unknown request: %1").arg(QString::fromUtf8(request.left(64))));
    if (!m_service.isWatching())
        return refusal(tr("Vigie is not watching the mailbox: %1").arg(m_service.problem()));
    if (verb == "snooze") {
        bool number = false;
        const int hours = words.size() == 2 ? words.at(1).toInt(&number) : 0;
        if (!number || hours < 1 || hours > MaxSnoozeHours)
            return refusal(tr("Snooze for 1 to %1 hours.").arg(MaxSnoozeHours));
        m_service.snooze(hours);
    } else if (words.size() != 1) {
        return refusal(tr("Unknown request: %1").arg(QString::fromUtf8(request.left(64))));
    } else if (verb == "declare-outage") {
        m_service.declareOutage();
    } else {
        m_service.declareResolved();
    }
    qCInfo(lcService) << "vigie-cli asked:" << request;
    return status();
}

QJsonObject ControlServer::status() const
{
    QJsonObject reply{{QStringLiteral("ok"), true},
                      {QStringLiteral("service"), serviceIdentifier(m_service.state())},
                      {QStringLiteral("address"), m_service.settings().primary.address},
                      {QStringLiteral("watching"), m_service.isWatching()},
                      {QStringLiteral("mail"), Detect::identifier(m_service.incidentState())},
                      {QStringLiteral("access"), Detect::identifier(m_service.accessState())},
                      {QStringLiteral("snoozedUntil"), timeOrNull(m_service.snoozedUntil())}};
    if (!m_service.problem().isEmpty())
        reply.insert(QStringLiteral("problem"), m_service.problem());
    if (const std::optional<Detect::Incident> incident = m_service.mailIncident())
        reply.insert(QStringLiteral("incidentOpened"), timeOrNull(incident->opened));
    return reply;
}

QJsonObject ControlServer::refusal(const QString &sentence) const
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), sentence}};
}

} // namespace Vigie::Service
