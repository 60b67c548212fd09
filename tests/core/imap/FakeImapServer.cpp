#include "FakeImapServer.h"

#include <QTcpSocket>
#include <QTimer>

FakeImapServer::FakeImapServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FakeImapServer::onNewConnection);
    m_writeTimer = new QTimer(this);
    m_writeTimer->setInterval(1);
    connect(m_writeTimer, &QTimer::timeout, this, &FakeImapServer::flushOutput);
}

QList<QByteArray> FakeImapServer::parseScript(const QByteArray &script)
{
    QList<QByteArray> lines;
    for (QByteArray line : script.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("S: ") || line.startsWith("C: ") || line.startsWith("X: ") || line == "S:" || line == "C:")
            lines.append(line);
    }
    return lines;
}

void FakeImapServer::addConnection(const QByteArray &script)
{
    m_scripts.append(parseScript(script));
}

void FakeImapServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_socket || m_scripts.isEmpty()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        m_socket = socket;
        m_script = m_scripts.takeFirst();
        m_step = 0;
        m_inbox.clear();
        m_outbox.clear();
        m_scriptDone = false;
        connect(socket, &QTcpSocket::readyRead, this, &FakeImapServer::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        advance();
    }
}

void FakeImapServer::advance()
{
    while (m_socket && m_step < m_script.size()) {
        const QByteArray &entry = m_script.at(m_step);
        if (entry.startsWith("S:")) {
            m_outbox += entry.mid(3) + "\r\n";
            ++m_step;
            continue;
        }
        if (entry == "X: close") {
            ++m_step;
            if (QTcpSocket *socket = m_socket.data()) {
                socket->write(m_outbox);
                m_outbox.clear();
                socket->flush();
                socket->disconnectFromHost();
                m_socket = nullptr;
            }
            break;
        }
        if (entry.startsWith("C:")) {
            const qsizetype newline = m_inbox.indexOf('\n');
            if (newline < 0)
                break;
            QByteArray line = m_inbox.left(newline);
            m_inbox.remove(0, newline + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            m_received.append(line);
            Q_EMIT lineReceived(line);
            const QByteArray expected = entry.mid(3);
            const bool matches = expected == "*" || line == expected
                || (expected.endsWith("[redacted]") && line.startsWith(expected.chopped(10)));
            if (!matches)
                m_mismatches.append("expected \"" + expected + "\", got \"" + line + '"');
            ++m_step;
            continue;
        }
        ++m_step;
    }
    if (m_step >= m_script.size())
        m_scriptDone = true;
    flushOutput();
}

void FakeImapServer::flushOutput()
{
    QTcpSocket *socket = m_socket.data();
    if (!socket || m_outbox.isEmpty()) {
        m_writeTimer->stop();
        return;
    }
    if (m_chunkSize <= 0) {
        socket->write(m_outbox);
        m_outbox.clear();
        return;
    }
    socket->write(m_outbox.left(m_chunkSize));
    socket->flush();
    m_outbox.remove(0, m_chunkSize);
    if (m_outbox.isEmpty())
        m_writeTimer->stop();
    else if (!m_writeTimer->isActive())
        m_writeTimer->start();
}

void FakeImapServer::onReadyRead()
{
    QTcpSocket *socket = m_socket.data();
    if (!socket)
        return;
    m_inbox += socket->readAll();
    advance();
}
