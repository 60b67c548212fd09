#pragma once

#include "Response.h"
#include "Session.h"
#include "net/ServiceError.h"

#include <QObject>
#include <QPointer>

namespace Vigie::Imap {

// One IMAP command (KIMAP style): it writes its line through the session, consumes the
// responses meant for it, and finishes with an error or none. Jobs never touch the socket, so
// adding a command never changes the session.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    const Net::ServiceError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    QByteArray tag() const { return m_tag; }
    // The tagged response that ended the command (its code, its text).
    const Response &completion() const { return m_completion; }

Q_SIGNALS:
    // Emitted once; the session deletes the job afterwards (deleteLater).
    void finished(Vigie::Imap::Job *job);

protected:
    friend class Session;

    virtual void start() = 0;
    // Returns true when the response was meant for this job; the session tells everyone anyway.
    virtual void handleUntagged(const Response &response);
    virtual void handleContinuation(const Response &response);
    virtual void handleTagged(const Response &response);
    // What a NO or BAD means for this command when the server gives no telling code.
    virtual Net::ServiceError::Kind refusalKind() const { return Net::ServiceError::Kind::Protocol; }

    Session *session() const;
    // Sends "TAG command"; loggedAs replaces the line in the wire log when it holds a secret.
    void sendCommand(const QByteArray &command, const QByteArray &loggedAs = {});
    // Sends a line that is not a command (continuation data, DONE).
    void sendContinuation(const QByteArray &line, bool secret = false);
    void finish(Net::ServiceError error = {});

    // What a command may change in its session; the session's state machine stays private, so
    // a new command needs no new friend there.
    void setSessionState(Session::State state);
    void markAuthenticated(const Response &completion);
    void suspendResponseTimeout(bool suspended);
    void startTls(std::function<void(const Net::ServiceError &)> done);

private:
    void attach(Session *session);

    QPointer<Session> m_session;
    QByteArray m_tag;
    Response m_completion;
    Net::ServiceError m_error;
    bool m_finished = false;
};

// The error a NO, BAD or BYE stands for: RFC 5530 codes decide the kind, else fallback.
Net::ServiceError errorFromResponse(const Response &response, Net::ServiceError::Kind fallback, const QString &detail);

} // namespace Vigie::Imap
