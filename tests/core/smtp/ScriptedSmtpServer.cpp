#include "ScriptedSmtpServer.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace {

// Hands out QSslSockets, so that a plain connection can turn to TLS on "T:".
class SslCapableServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket);
        else
            delete socket;
    }
};

} // namespace

ScriptedSmtpServer::ScriptedSmtpServer(const QString &script, QObject *parent)
    : QObject(parent)
    , m_server(new SslCapableServer(this))
{
    // Leading blanks go (scripts are indented in the tests); trailing ones may be the text.
    for (QString line : script.split(u'\n')) {
        while (!line.isEmpty() && line.front().isSpace())
            line.remove(0, 1);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.isEmpty() && !line.startsWith(u'#'))
            m_script.append(line);
    }
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedSmtpServer::onNewConnection);
}

ScriptedSmtpServer::~ScriptedSmtpServer() = default;

void ScriptedSmtpServer::setTls(const QSslConfiguration &configuration, bool implicit)
{
    m_tls = configuration;
    m_implicitTls = implicit;
}

bool ScriptedSmtpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedSmtpServer::port() const
{
    return m_server->serverPort();
}

void ScriptedSmtpServer::onNewConnection()
{
    auto *socket = static_cast<QSslSocket *>(m_server->nextPendingConnection());
    if (m_socket) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    connect(socket, &QSslSocket::readyRead, this, &ScriptedSmtpServer::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, [this] { m_clientDisconnected = true; });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_paused = false;
        advance();
    });
    if (m_implicitTls)
        startTls();
    else
        advance();
}

void ScriptedSmtpServer::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype end;
    while ((end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        m_inbox.append(line);
        m_received.append(line);
    }
    advance();
}

bool ScriptedSmtpServer::matches(const QString &expected, const QByteArray &actual)
{
    const QString redacted = QStringLiteral("[redacted]");
    const QString text = QString::fromUtf8(actual);
    if (expected.endsWith(redacted))
        return text.startsWith(expected.chopped(redacted.size()));
    return expected == text;
}

void ScriptedSmtpServer::advance()
{
    while (m_socket && !m_paused && m_position < m_script.size()) {
        const QString &line = m_script.at(m_position);
        const QString verb = line.left(2);
        const QString rest = line.mid(3);
        if (verb == u"S:") {
            m_socket->write(rest.toUtf8() + "\r\n");
        } else if (verb == u"S~") {
            QByteArray raw = rest.toUtf8();
            raw.replace("\\r", "\r").replace("\\n", "\n");
            m_socket->write(raw);
            m_socket->flush();
        } else if (verb == u"P:") {
            m_paused = true;
            ++m_position;
            QTimer::singleShot(rest.toInt(), this, [this] {
                m_paused = false;
                advance();
            });
            return;
        } else if (verb == u"T:") {
            ++m_position;
            startTls();
            return;
        } else if (verb == u"X:") {
            ++m_position;
            m_socket->disconnectFromHost();
            return;
        } else if (verb == u"C:") {
            if (rest.startsWith(u"[message")) {
                const qsizetype dot = m_inbox.indexOf(".");
                if (dot < 0)
                    return;
                m_messages.append(m_inbox.mid(0, dot).join("\r\n"));
                m_inbox.remove(0, dot + 1);
            } else {
                if (m_inbox.isEmpty())
                    return;
                const QByteArray actual = m_inbox.takeFirst();
                if (!matches(rest, actual)) {
                    m_mismatches.append(
                        QStringLiteral("expected \"%1\", got \"%2\"").arg(rest, QString::fromUtf8(actual)));
                    m_position = m_script.size();
                    m_socket->disconnectFromHost();
                    return;
                }
            }
        } else {
            m_mismatches.append(QStringLiteral("bad script line: %1").arg(line));
            m_position = m_script.size();
            return;
        }
        ++m_position;
    }
}

void ScriptedSmtpServer::startTls()
{
    m_paused = true;
    m_socket->setSslConfiguration(m_tls);
    m_socket->startServerEncryption();
}
