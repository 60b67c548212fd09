#pragma once

#include "Response.h"
#include "ResponseFramer.h"
#include "config/Settings.h"
#include "net/ServiceError.h"
#include "net/TlsPolicy.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>

#include <deque>
#include <functional>

class QSslSocket;
class QTimer;

namespace Vigie::Imap {

class Job;

// One IMAP connection: owns the socket, the framer, and a serial queue of jobs. It handles the
// greeting, capabilities, BYE, timeouts and TLS; everything a command means lives in its job.
//
// A Session is read-only by construction: it refuses to send any command that could change a
// mailbox (STORE, EXPUNGE, COPY, MOVE, APPEND, SELECT, ...), so a watcher can never touch mail.
// The one exception is a session opened with mayRemoveProbes, for the probe remover.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, NotAuthenticated, Authenticated, Selected, LoggingOut };
    Q_ENUM(State)

    struct Options
    {
        QString host;
        quint16 port = 993;
        Config::TlsMode tls = Config::TlsMode::Implicit;
        Net::TlsPolicy tlsPolicy;
        int connectTimeoutMs = 30'000;
        int responseTimeoutMs = 60'000; // silence while a command is outstanding
        FramerLimits limits;
        // Lets SELECT, UID STORE, UID EXPUNGE and UID MOVE through: the probe remover's own
        // short session only. Watchers and loaders keep the default and stay read-only.
        bool mayRemoveProbes = false;

        static Options fromSettings(const Config::ImapSettings &settings);
    };

    explicit Session(Options options, QObject *parent = nullptr);
    ~Session() override;

    void open();
    // Drops the connection at once; queued jobs fail with Cancelled.
    void abort();
    // For the owner that is done with this session: no more signals to owner (from the session
    // or its jobs), the connection dropped, the object deleted from the event loop.
    void release(QObject *owner);
    // Takes ownership; jobs run one at a time in the order queued.
    void enqueue(Job *job);

    State state() const { return m_state; }
    const Options &options() const { return m_options; }
    bool isEncrypted() const;
    bool hasCapability(QByteArrayView capability) const;
    const QSet<QByteArray> &capabilities() const { return m_capabilities; }
    bool capabilitiesKnown() const { return m_capabilitiesKnown; }
    const Net::ServiceError &lastError() const { return m_lastError; }

Q_SIGNALS:
    void greeted();
    // The connection is gone or unusable; every queued job has failed with the same error.
    void failed(const Vigie::Net::ServiceError &error);
    // Every untagged response, after the current job saw it (EXISTS while idling, BYE, ...).
    void untaggedReceived(const Vigie::Imap::Response &response);
    // One line of the wire log, "C: ..." or "S: ...", secrets redacted.
    void wireLineLogged(const QByteArray &line);

private:
    friend class Job;

    QByteArray nextTag();
    void writeCommand(Job *job, const QByteArray &tag, const QByteArray &command, const QByteArray &loggedAs);
    void writeLine(const QByteArray &line, const QByteArray &loggedAs);
    void jobFinished(Job *job);
    void setState(State state) { m_state = state; }
    // After LOGIN or AUTHENTICATE succeeded: capabilities often grow, so the greeting's no
    // longer hold unless the completion repeats them.
    void setAuthenticated(const Response &completion);
    void setCapabilities(const QList<QByteArray> &capabilities);
    void forgetCapabilities();
    void setResponseTimeoutSuspended(bool suspended);
    // STARTTLS: negotiate TLS on the open socket; done runs with the outcome.
    void startTls(std::function<void(const Net::ServiceError &)> done);

    void onEncrypted();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError socketError);
    void onDisconnected();
    void handleResponse(const Response &response);
    void startNextJob();
    void fail(Net::ServiceError error);
    void armTimer();
    void logWire(const char *prefix, QByteArrayView bytes);

    Options m_options;
    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    ResponseFramer m_framer;
    State m_state = State::Disconnected;
    QSet<QByteArray> m_capabilities;
    bool m_capabilitiesKnown = false;
    bool m_greeted = false;
    bool m_timeoutSuspended = false;
    bool m_startingTls = false;
    std::function<void(const Net::ServiceError &)> m_tlsDone;
    QList<QSslError> m_sslErrors;
    Response m_bye;
    Net::ServiceError m_lastError;
    std::deque<QPointer<Job>> m_queue;
    QPointer<Job> m_current;
    quint32 m_tagCounter = 0;
    bool m_startScheduled = false;
};

} // namespace Vigie::Imap
