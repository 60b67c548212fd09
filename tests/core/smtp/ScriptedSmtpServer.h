#pragma once

#include <QByteArrayList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>

class QSslSocket;
class QTcpServer;

// A one-connection SMTP server on 127.0.0.1, port 0, that plays a script in the form of the
// client's wire log (vigie.smtp.wire), so a field transcript pastes in as a test:
//   S: text      send "text\r\n"
//   S~ text      send "text" without a line ending (to split a reply across reads); "\r" and
//                "\n" in it stand for CR and LF
//   P: 50        pause 50 ms before the next line
//   C: text      expect this line from the client; "[redacted]" at the end matches any rest,
//                "C: [message..." takes the message lines up to the lone "."
//   T:           start TLS as the server (after "S: 220 ..." to STARTTLS); needs setTls()
//   X:           close the connection
//   # ...        comment
// The script may stop short: the server then holds the connection open without a word (a stall).
class ScriptedSmtpServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedSmtpServer(const QString &script, QObject *parent = nullptr);
    ~ScriptedSmtpServer() override;

    // The certificate and key for "T:", or for the whole connection with implicit TLS.
    void setTls(const QSslConfiguration &configuration, bool implicit);
    bool listen();
    quint16 port() const;

    QByteArrayList received() const { return m_received; }
    QByteArrayList messages() const { return m_messages; }
    QStringList mismatches() const { return m_mismatches; }
    bool isScriptDone() const { return m_position >= m_script.size(); }
    bool clientDisconnected() const { return m_clientDisconnected; }

private:
    void onNewConnection();
    void onReadyRead();
    void advance();
    void startTls();
    static bool matches(const QString &expected, const QByteArray &actual);

    QTcpServer *m_server;
    QPointer<QSslSocket> m_socket;
    QSslConfiguration m_tls;
    bool m_implicitTls = false;
    QStringList m_script;
    qsizetype m_position = 0;
    bool m_paused = false;
    QByteArray m_buffer;
    QByteArrayList m_inbox;
    QByteArrayList m_received;
    QByteArrayList m_messages;
    QStringList m_mismatches;
    bool m_clientDisconnected = false;
};

// In a test: the client said what the script expected, line by line.
#define VERIFY_SCRIPT_FOLLOWED(server)                                                                                 \
    QVERIFY2((server).mismatches().isEmpty(), qPrintable((server).mismatches().join(u'\n')))
