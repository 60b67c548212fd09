#pragma once

#include "Exchange.h"
#include "ReplyParser.h"
#include "SubmissionStep.h"
#include "net/ServiceError.h"
#include "net/TlsPolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace Vigie::Smtp {

class Job;

// Owns one connection to a submission server: the socket, reply framing, the per-step timer and
// the wire log. Jobs write through it and receive, in order, the replies to what they wrote;
// every reply is also kept with its command as an Exchange. Anything that breaks the
// conversation (network, TLS, timeout, garbage, 421) ends the session with failed(), once.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Connects (with TLS at once for implicit TLS) and expects the greeting: the first reply.
    void open(const QString &host, quint16 port, const Net::TlsPolicy &policy, int connectTimeoutMs,
              int greetingTimeoutMs);
    // The job that receives replies from now on.
    void run(Job *job);

    // loggedAs replaces the line in the wire log and in exchanges (credentials).
    void sendCommand(SubmissionStep step, const QByteArray &line, int timeoutMs, const QByteArray &loggedAs = {});
    // The dot-stuffed message, its terminating "." included; its reply is the acceptance.
    void sendMessage(const QByteArray &dotStuffed, int timeoutMs);
    // After the server's 220 to STARTTLS: emits encrypted() once the handshake and pin check pass.
    void startTls(int timeoutMs);
    // After QUIT: closes politely, emits closed() (or after timeoutMs, abruptly).
    void close(int timeoutMs);
    void abort(const Net::ServiceError &error);

    bool isEncrypted() const;
    // Commands can be sent (connected, greeted or not, not in a TLS handshake, not ended).
    bool isOpen() const { return m_state == State::Open; }
    // RFC 5321 address literal of our end, for EHLO: "[192.0.2.1]", "[IPv6:2001:db8::1]".
    QByteArray clientAddressLiteral() const;
    // The step being waited for, or the last one when nothing is pending.
    SubmissionStep currentStep() const;
    const QList<Exchange> &exchanges() const { return m_exchanges; }

Q_SIGNALS:
    void encrypted();
    void failed(const Vigie::Net::ServiceError &error);
    void closed();

private:
    enum class State { Idle, Connecting, Open, StartingTls, Closing, Closed, Failed };
    struct Pending
    {
        SubmissionStep step;
        QByteArray command;
        int timeoutMs;
        quint64 sentAfterRead; // m_reads when sent: no reply read by then can answer it
    };

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onErrorOccurred();
    void onDisconnected();
    void onTimeout();
    void processReplies();
    void expect(SubmissionStep step, const QByteArray &command, int timeoutMs);
    void armTimer(int timeoutMs);
    void fail(Net::ServiceError error);

    QSslSocket *m_socket;
    ReplyParser m_parser;
    QTimer m_timer;
    QList<Pending> m_pending;
    QList<Exchange> m_exchanges;
    QList<QSslError> m_sslErrors;
    QPointer<Job> m_job;
    Net::TlsPolicy m_policy;
    State m_state = State::Idle;
    SubmissionStep m_lastStep = SubmissionStep::Connect;
    quint64 m_reads = 0;
    bool m_implicitTls = false;
    int m_greetingTimeoutMs = 0;
};

} // namespace Vigie::Smtp
