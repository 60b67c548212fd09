#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

// A scripted IMAP server on a free loopback port, for what a real server will not do on demand.
// The script is the wire log's own format, one entry per line:
//   S: text      the server sends text + CRLF
//   C: text      the server waits for the client's next line and checks it is text
//                ("C: *" accepts any line; a text ending in "[redacted]" matches by prefix)
//   X: close     the server closes the connection
// A script that runs out leaves the server silent: that is how a stall is written.
// Each accepted connection plays the next script given to addConnection().
class FakeImapServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeImapServer(QObject *parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    void addConnection(const QByteArray &script);
    // Bytes per write, each write on its own event-loop turn, to split responses across reads.
    void setChunkSize(int bytes) { m_chunkSize = bytes; }

    int connectionCount() const { return m_connections; }
    QList<QByteArray> receivedLines() const { return m_received; }
    // Empty while every C: line matched.
    QList<QByteArray> mismatches() const { return m_mismatches; }
    bool scriptFinished() const { return m_scriptDone; }

    static QList<QByteArray> parseScript(const QByteArray &script);

Q_SIGNALS:
    void lineReceived(const QByteArray &line);

private:
    void onNewConnection();
    void advance();
    void onReadyRead();
    void flushOutput();

    QTcpServer m_server;
    QList<QList<QByteArray>> m_scripts;
    QList<QByteArray> m_script;
    qsizetype m_step = 0;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_inbox;
    QByteArray m_outbox;
    QTimer *m_writeTimer = nullptr;
    int m_chunkSize = 0;
    int m_connections = 0;
    bool m_scriptDone = false;
    QList<QByteArray> m_received;
    QList<QByteArray> m_mismatches;
};
