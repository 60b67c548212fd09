#include "Session.h"

#include "Job.h"
#include "SmtpLogging.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslSocket>

namespace Vigie::Smtp {

using Net::ServiceError;

Session::Session(QObject *parent)
    : QObject(parent)
    , m_socket(new QSslSocket(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Session::onTimeout);
    connect(m_socket, &QSslSocket::connected, this, &Session::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &Session::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &Session::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Session::onErrorOccurred);
    connect(m_socket, &QSslSocket::disconnected, this, &Session::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
}

Session::~Session()
{
    // Nothing may reach a half-destroyed session (abort() emits disconnected).
    m_socket->disconnect(this);
    m_socket->abort();
}

void Session::open(const QString &host, quint16 port, const Net::TlsPolicy &policy, int connectTimeoutMs,
                   int greetingTimeoutMs)
{
    m_policy = policy;
    m_implicitTls = policy.mode() == Config::TlsMode::Implicit;
    m_greetingTimeoutMs = greetingTimeoutMs;
    m_state = State::Connecting;
    m_lastStep = SubmissionStep::Connect;
    m_policy.apply(*m_socket);
    qCDebug(lcSmtpWire).noquote() << QStringLiteral("# connect %1:%2%3")
                                         .arg(host)
                                         .arg(port)
                                         .arg(m_implicitTls ? QStringLiteral(" (TLS)") : QString());
    armTimer(connectTimeoutMs);
    if (m_implicitTls)
        m_socket->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

void Session::run(Job *job)
{
    m_job = job;
    job->start();
}

void Session::expect(SubmissionStep step, const QByteArray &command, int timeoutMs)
{
    if (m_pending.isEmpty())
        armTimer(timeoutMs);
    m_pending.append({step, command, timeoutMs, m_reads});
    m_lastStep = step;
}

void Session::sendCommand(SubmissionStep step, const QByteArray &line, int timeoutMs, const QByteArray &loggedAs)
{
    if (m_state != State::Open)
        return;
    const QByteArray logged = loggedAs.isEmpty() ? line : loggedAs;
    qCDebug(lcSmtpWire).noquote() << "C:" << QString::fromUtf8(logged);
    expect(step, logged, timeoutMs);
    m_socket->write(line + "\r\n");
}

void Session::sendMessage(const QByteArray &dotStuffed, int timeoutMs)
{
    if (m_state != State::Open)
        return;
    const QByteArray logged = "[message: " + QByteArray::number(dotStuffed.size()) + " bytes]";
    qCDebug(lcSmtpWire).noquote() << "C:" << QString::fromLatin1(logged);
    expect(SubmissionStep::MessageBody, logged, timeoutMs);
    m_socket->write(dotStuffed);
}

void Session::startTls(int timeoutMs)
{
    if (m_state != State::Open)
        return;
    // Anything the server sent after its 220 was sent in the clear and would be read as if it had
    // come through TLS: the STARTTLS injection attack (CVE-2011-0411 and kin). Refuse it.
    if (m_parser.hasBufferedData() || m_socket->bytesAvailable() > 0) {
        fail(ServiceError::make(ServiceError::Kind::Protocol,
                                QStringLiteral("the server sent data after its reply to STARTTLS")));
        return;
    }
    m_state = State::StartingTls;
    m_lastStep = SubmissionStep::StartTls;
    qCDebug(lcSmtpWire).noquote() << "# TLS handshake";
    armTimer(timeoutMs);
    m_socket->startClientEncryption();
}

void Session::close(int timeoutMs)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    m_state = State::Closing;
    m_pending.clear();
    armTimer(timeoutMs);
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void Session::abort(const ServiceError &error)
{
    fail(error);
}

bool Session::isEncrypted() const
{
    return m_socket->isEncrypted();
}

QByteArray Session::clientAddressLiteral() const
{
    QHostAddress address = m_socket->localAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return '[' + QHostAddress(v4).toString().toLatin1() + ']';
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        address.setScopeId({});
        return "[IPv6:" + address.toString().toLatin1() + ']';
    }
    return "[127.0.0.1]";
}

SubmissionStep Session::currentStep() const
{
    return m_pending.isEmpty() ? m_lastStep : m_pending.constFirst().step;
}

void Session::onConnected()
{
    if (m_state != State::Connecting || m_implicitTls)
        return;
    m_state = State::Open;
    m_timer.stop();
    expect(SubmissionStep::Greeting, {}, m_greetingTimeoutMs);
}

void Session::onEncrypted()
{
    if (m_state != State::Connecting && m_state != State::StartingTls)
        return;
    const ServiceError pinError = m_policy.checkEncryptedPeer(*m_socket);
    if (pinError.isError()) {
        fail(pinError);
        return;
    }
    qCDebug(lcSmtp) << "TLS established with" << m_socket->peerName() << m_socket->sessionCipher().name();
    const bool implicit = m_state == State::Connecting;
    m_state = State::Open;
    m_timer.stop();
    m_parser.clear();
    if (implicit) {
        expect(SubmissionStep::Greeting, {}, m_greetingTimeoutMs);
        processReplies();
    } else {
        Q_EMIT encrypted();
    }
}

void Session::onReadyRead()
{
    if (m_state != State::Open && m_state != State::Closing)
        return;
    ++m_reads;
    m_parser.feed(m_socket->readAll());
    processReplies();
}

void Session::processReplies()
{
    while (m_state == State::Open || m_state == State::Closing) {
        std::optional<SmtpReply> reply = m_parser.next();
        if (!reply)
            break;
        for (const QString &line : reply->wireLines())
            qCDebug(lcSmtpWire).noquote() << "S:" << line;
        if (m_state == State::Closing)
            continue;
        // A reply already read when its command was written cannot be the answer to it: the
        // server is talking out of turn, and matching replies to commands would go wrong.
        if (m_pending.isEmpty() || m_pending.constFirst().sentAfterRead >= m_reads) {
            const auto kind = reply->code == 421 ? ServiceError::Kind::ServerUnavailable : ServiceError::Kind::Protocol;
            m_exchanges.append({m_lastStep, {}, *reply});
            fail(ServiceError::make(kind, QStringLiteral("unsolicited reply from the server"), reply->responseCode(),
                                    reply->text()));
            return;
        }
        const Pending pending = m_pending.takeFirst();
        m_exchanges.append({pending.step, pending.command, *reply});
        // 421: the server is closing the channel whatever it was asked (RFC 5321 section 3.8).
        if (reply->code == 421) {
            m_pending.prepend(pending);
            fail(ServiceError::make(ServiceError::Kind::ServerUnavailable,
                                    QStringLiteral("the server is closing the connection"), reply->responseCode(),
                                    reply->text()));
            return;
        }
        if (m_pending.isEmpty())
            m_timer.stop();
        else
            armTimer(m_pending.constFirst().timeoutMs);
        if (m_job)
            m_job->handleReply(*reply);
    }
    if (m_parser.hasError() && m_state == State::Open) {
        fail(ServiceError::make(ServiceError::Kind::Protocol, m_parser.error()));
    }
}

void Session::onErrorOccurred()
{
    const QAbstractSocket::SocketError socketError = m_socket->error();
    if (m_state == State::Closing || m_state == State::Closed || m_state == State::Failed)
        return;
    // A server that says "421" and hangs up: read what it said before reporting the hang-up.
    if (m_state == State::Open && m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_state == State::Failed)
        return;
    switch (socketError) {
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: {
        ServiceError error = ServiceError::make(ServiceError::Kind::Tls, m_socket->errorString());
        error.sslErrors = m_sslErrors;
        fail(error);
        return;
    }
    case QAbstractSocket::RemoteHostClosedError:
        fail(ServiceError::make(ServiceError::Kind::Network, QStringLiteral("the server closed the connection")));
        return;
    default:
        fail(ServiceError::make(ServiceError::Kind::Network, m_socket->errorString()));
        return;
    }
}

void Session::onDisconnected()
{
    if (m_state == State::Closing) {
        m_state = State::Closed;
        m_timer.stop();
        qCDebug(lcSmtpWire).noquote() << "# closed";
        Q_EMIT closed();
        return;
    }
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_state != State::Failed)
        fail(ServiceError::make(ServiceError::Kind::Network, QStringLiteral("the server closed the connection")));
}

void Session::onTimeout()
{
    if (m_state == State::Closing) {
        m_socket->abort();
        if (m_state == State::Closing)
            onDisconnected();
        return;
    }
    fail(ServiceError::make(ServiceError::Kind::Timeout,
                            QStringLiteral("no answer from the server at step %1").arg(toString(currentStep()))));
}

void Session::armTimer(int timeoutMs)
{
    m_timer.start(std::max(timeoutMs, 1));
}

void Session::fail(ServiceError error)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    m_state = State::Failed;
    m_timer.stop();
    qCDebug(lcSmtpWire).noquote() << "# failed:" << toString(error.kind) << error.detail;
    m_socket->abort();
    Q_EMIT failed(error);
}

} // namespace Vigie::Smtp
