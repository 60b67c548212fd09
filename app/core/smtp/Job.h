#pragma once

#include "SmtpReply.h"
#include "net/ServiceError.h"

#include <QObject>

namespace Vigie::Smtp {

class Session;

// One SMTP command (or command group, for a pipelined transaction): writes its lines through
// the session, consumes the replies addressed to it, and finishes with or without an error.
// Adding a command never touches the session.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(Session *session);

    virtual void start() = 0;
    // Called by the session with each reply, in order.
    virtual void handleReply(const SmtpReply &reply) = 0;

    bool isFinished() const { return m_finished; }
    const Net::ServiceError &error() const { return m_error; }
    // The server's reply behind error(), if one was.
    const SmtpReply &errorReply() const { return m_errorReply; }

Q_SIGNALS:
    void finished();

protected:
    Session *session() const { return m_session; }
    void finish();
    void fail(Net::ServiceError error, const SmtpReply &reply = {});
    // A reply that ends the job: typed from its code (421 and 4xx: server unavailable).
    void failWithReply(Net::ServiceError::Kind kindFor5xx, const QString &detail, const SmtpReply &reply);

private:
    Session *m_session;
    Net::ServiceError m_error;
    SmtpReply m_errorReply;
    bool m_finished = false;
};

} // namespace Vigie::Smtp
