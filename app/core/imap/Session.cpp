#include "Session.h"

#include "ConnectionError.h"
#include "ImapLogging.h"
#include "Job.h"
#include "ReadOnlyGuard.h"
#include "ResponseParser.h"

#include <QMetaMethod>
#include <QSslSocket>
#include <QTimer>

namespace Vigie::Imap {

using Kind = Net::ServiceError::Kind;

Session::Options Session::Options::fromSettings(const Config::ImapSettings &settings)
{
    Options options;
    options.host = settings.host;
    options.tls = settings.tls;
    options.port = quint16(settings.port > 0 ? settings.port : Config::Settings::defaultImapPort(settings.tls));
    QString problem;
    options.tlsPolicy = Net::TlsPolicy::fromSettings(settings, &problem);
    if (!problem.isEmpty()) // verification then fails with a Tls error that says which certificate
        qCWarning(lcImap).noquote() << problem;
    return options;
}

Session::Session(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_framer(m_options.limits)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(Net::ServiceError::make(Kind::Timeout,
                                     m_state == State::Connecting
                                         ? QStringLiteral("no greeting from %1").arg(m_options.host)
                                         : QStringLiteral("%1 stopped answering").arg(m_options.host)));
    });
}

Session::~Session()
{
    if (m_socket)
        m_socket->disconnect(this);
}

bool Session::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

bool Session::hasCapability(QByteArrayView capability) const
{
    return m_capabilities.contains(capability.toByteArray().toUpper());
}

void Session::release(QObject *owner)
{
    disconnect(owner);
    for (QObject *child : children())
        child->disconnect(owner);
    abort();
    deleteLater();
}

void Session::open()
{
    if (m_socket)
        return;
    m_socket = new QSslSocket(this);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_options.tlsPolicy.apply(*m_socket);
    connect(m_socket, &QSslSocket::connected, this, [this] { qCDebug(lcImap) << "Connected to" << m_options.host; });
    connect(m_socket, &QSslSocket::encrypted, this, &Session::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &Session::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Session::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &Session::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    m_state = State::Connecting;
    m_timer->start(m_options.connectTimeoutMs);
    qCDebug(lcImap) << "Connecting to" << m_options.host << m_options.port;
    if (m_options.tls == Config::TlsMode::Implicit)
        m_socket->connectToHostEncrypted(m_options.host, m_options.port);
    else
        m_socket->connectToHost(m_options.host, m_options.port);
}

void Session::abort()
{
    fail(Net::ServiceError::make(Kind::Cancelled, QStringLiteral("connection closed by Vigie")));
}

void Session::enqueue(Job *job)
{
    job->setParent(this);
    job->attach(this);
    if (m_state == State::Disconnected && m_lastError.isError()) {
        // Too late: fail it from the event loop like any other failure.
        QTimer::singleShot(0, job, [job, error = m_lastError] { job->finish(error); });
        return;
    }
    m_queue.push_back(job);
    startNextJob();
}

QByteArray Session::nextTag()
{
    return QByteArray("A") + QByteArray::number(++m_tagCounter).rightJustified(3, '0');
}

void Session::writeCommand(Job *job, const QByteArray &tag, const QByteArray &command, const QByteArray &loggedAs)
{
    Q_UNUSED(job);
    if (ReadOnlyGuard::isMailboxWrite(command)
        && !(m_options.mayRemoveProbes && ReadOnlyGuard::isProbeRemoval(command))) {
        qCCritical(lcImap) << "Refused to send a mailbox-modifying command:" << command.left(16);
        QTimer::singleShot(0, job, [job] {
            job->finish(Net::ServiceError::make(Kind::Protocol,
                                                QStringLiteral("Vigie never modifies a mailbox; command refused")));
        });
        return;
    }
    writeLine(tag + ' ' + command, loggedAs.isEmpty() ? QByteArray() : tag + ' ' + loggedAs);
}

void Session::writeLine(const QByteArray &line, const QByteArray &loggedAs)
{
    if (!m_socket || m_state == State::Disconnected)
        return;
    logWire("C: ", loggedAs.isEmpty() ? line : loggedAs);
    m_socket->write(line + "\r\n");
    armTimer();
}

void Session::logWire(const char *prefix, QByteArrayView bytes)
{
    const bool toLog = lcImapWire().isDebugEnabled();
    const bool toSignal = isSignalConnected(QMetaMethod::fromSignal(&Session::wireLineLogged));
    if (!toLog && !toSignal)
        return;
    // One log line per physical line, so literals with CRLF replay as they came.
    while (!bytes.isEmpty()) {
        qsizetype end = bytes.indexOf('\n');
        QByteArrayView line = end < 0 ? bytes : bytes.first(end);
        bytes = end < 0 ? QByteArrayView() : bytes.sliced(end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArray entry = prefix + line.toByteArray();
        if (toLog)
            qCDebug(lcImapWire).noquote() << QString::fromUtf8(entry);
        if (toSignal)
            Q_EMIT wireLineLogged(entry);
    }
}

void Session::armTimer()
{
    if (m_state == State::Connecting)
        return; // the connect timer runs until the greeting
    if (m_current && !m_timeoutSuspended)
        m_timer->start(m_options.responseTimeoutMs);
    else
        m_timer->stop();
}

void Session::setResponseTimeoutSuspended(bool suspended)
{
    m_timeoutSuspended = suspended;
    armTimer();
}

void Session::setCapabilities(const QList<QByteArray> &capabilities)
{
    m_capabilities.clear();
    for (const QByteArray &capability : capabilities)
        m_capabilities.insert(capability.toUpper());
    m_capabilitiesKnown = true;
}

void Session::setAuthenticated(const Response &completion)
{
    if (completion.code.kind != ResponseCode::Kind::Capability)
        forgetCapabilities();
    m_state = State::Authenticated;
}

void Session::forgetCapabilities()
{
    m_capabilities.clear();
    m_capabilitiesKnown = false;
}

void Session::startTls(std::function<void(const Net::ServiceError &)> done)
{
    if (m_framer.pendingBytes() > 0) {
        // Bytes after the STARTTLS OK would be read as if protected: a known injection attack.
        fail(Net::ServiceError::make(Kind::Tls, QStringLiteral("the server sent data before TLS negotiation")));
        return;
    }
    m_startingTls = true;
    m_tlsDone = std::move(done);
    m_socket->startClientEncryption();
}

void Session::onEncrypted()
{
    const Net::ServiceError pinError = m_options.tlsPolicy.checkEncryptedPeer(*m_socket);
    if (pinError.isError()) {
        fail(pinError);
        return;
    }
    qCDebug(lcImap) << "TLS established with" << m_options.host << m_socket->sessionProtocol();
    if (m_startingTls) {
        m_startingTls = false;
        forgetCapabilities();
        auto done = std::move(m_tlsDone);
        m_tlsDone = nullptr;
        if (done)
            done({});
    }
}

void Session::onReadyRead()
{
    const QPointer<Session> guard(this);
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    if (!m_framer.feed(bytes)) {
        fail(m_framer.error());
        return;
    }
    armTimer();
    if (m_state == State::Connecting && !m_greeted)
        m_timer->start(m_options.connectTimeoutMs);
    while (guard && m_socket && m_framer.hasResponse()) {
        const QByteArray raw = m_framer.takeResponse();
        logWire("S: ", raw);
        ResponseParser::Result parsed = ResponseParser::parse(raw);
        if (!parsed.response) {
            Net::ServiceError error = Net::ServiceError::make(
                Kind::Protocol,
                QStringLiteral("unreadable response from the server: %1").arg(QString::fromUtf8(parsed.error)));
            error.serverText = QString::fromUtf8(raw.left(200)).trimmed();
            fail(error);
            return;
        }
        handleResponse(*parsed.response);
    }
}

void Session::handleResponse(const Response &response)
{
    const QPointer<Session> guard(this);
    if (!m_greeted) {
        if (response.kind != Response::Kind::Untagged || !response.isStatus() || response.status == Response::Status::No
            || response.status == Response::Status::Bad) {
            fail(Net::ServiceError::make(Kind::Protocol, QStringLiteral("the server's greeting is not IMAP"),
                                         response.code.name, response.text));
            return;
        }
        if (response.status == Response::Status::Bye) {
            fail(errorFromResponse(response, Kind::ServerUnavailable,
                                   QStringLiteral("the server refused the connection")));
            return;
        }
        m_greeted = true;
        m_state = response.status == Response::Status::PreAuth ? State::Authenticated : State::NotAuthenticated;
        if (response.code.kind == ResponseCode::Kind::Capability)
            setCapabilities([&] {
                QList<QByteArray> names;
                for (const Token &token : response.code.arguments)
                    names.append(token.bytes);
                return names;
            }());
        m_timer->stop();
        Q_EMIT greeted();
        if (guard)
            startNextJob();
        return;
    }

    if (response.code.kind == ResponseCode::Kind::Capability && response.status == Response::Status::Ok) {
        QList<QByteArray> names;
        for (const Token &token : response.code.arguments)
            names.append(token.bytes);
        setCapabilities(names);
    }

    switch (response.kind) {
    case Response::Kind::Tagged:
        if (Job *current = m_current.data(); current && response.tag == current->tag()) {
            current->m_completion = response;
            current->handleTagged(response);
        } else {
            qCWarning(lcImap) << "Ignoring a response for an unknown tag" << response.tag.left(16);
        }
        break;
    case Response::Kind::Continuation:
        if (Job *current = m_current.data()) {
            current->handleContinuation(response);
        } else {
            fail(Net::ServiceError::make(Kind::Protocol, QStringLiteral("continuation request with no command")));
        }
        break;
    case Response::Kind::Untagged:
        if (const auto *capability = response.as<CapabilityData>(); capability && response.name == "CAPABILITY")
            setCapabilities(capability->capabilities);
        if (response.status == Response::Status::Bye)
            m_bye = response;
        if (Job *current = m_current.data())
            current->handleUntagged(response);
        if (guard)
            Q_EMIT untaggedReceived(response);
        break;
    }
}

void Session::jobFinished(Job *job)
{
    if (m_current == job) {
        m_current = nullptr;
        armTimer();
    }
    job->deleteLater();
    startNextJob();
}

void Session::startNextJob()
{
    if (m_startScheduled || m_current || !m_greeted || m_state == State::Disconnected)
        return;
    // From the event loop: a job's finished() handler may still be running and enqueue more.
    m_startScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_startScheduled = false;
        if (m_current || !m_greeted || m_state == State::Disconnected || m_startingTls)
            return;
        while (!m_queue.empty() && !m_queue.front())
            m_queue.pop_front();
        if (m_queue.empty())
            return;
        Job *next = m_queue.front().data();
        m_queue.pop_front();
        m_current = next;
        if (next)
            next->start();
    });
}

void Session::onSocketError(QAbstractSocket::SocketError socketError)
{
    if (m_state == State::Disconnected)
        return;
    if (m_state == State::LoggingOut && socketError == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected finishes the LOGOUT
    fail(connectionError(socketError, m_socket ? m_socket->errorString() : QString(), m_sslErrors, m_bye));
}

void Session::onDisconnected()
{
    if (m_state == State::Disconnected)
        return;
    if (m_state == State::LoggingOut) {
        m_state = State::Disconnected;
        m_timer->stop();
        m_lastError = Net::ServiceError::make(Kind::Cancelled, QStringLiteral("logged out"));
        if (Job *current = m_current.data())
            current->finish();
        return;
    }
    onSocketError(QAbstractSocket::RemoteHostClosedError);
}

void Session::fail(Net::ServiceError error)
{
    if (m_state == State::Disconnected)
        return;
    const QPointer<Session> guard(this);
    qCDebug(lcImap) << "Connection to" << m_options.host << "failed:" << Net::toString(error.kind) << error.detail;
    m_state = State::Disconnected;
    m_lastError = error;
    m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    std::deque<QPointer<Job>> jobs;
    if (m_current)
        jobs.push_back(m_current);
    m_current = nullptr;
    for (auto &job : m_queue)
        jobs.push_back(job);
    m_queue.clear();
    for (auto &job : jobs) {
        if (job)
            job->finish(error);
    }
    if (guard)
        Q_EMIT failed(error);
}

} // namespace Vigie::Imap
