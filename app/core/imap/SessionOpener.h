#pragma once

#include "Credentials.h"
#include "net/ServiceError.h"

#include <QObject>
#include <QPointer>

namespace Vigie::Imap {

class Job;
class Session;

// Brings a session from "connected" to "logged in": greeting, CAPABILITY, STARTTLS when the
// settings ask for it (and refuses plaintext when it is not offered), the best authentication
// the server offers, CAPABILITY again, ID. Watcher and history loader share it.
class SessionOpener : public QObject
{
    Q_OBJECT
public:
    SessionOpener(Session *session, Credentials credentials, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void opened();
    void failed(const Vigie::Net::ServiceError &error);

private:
    void step();
    void run(Job *job);
    void fail(const Net::ServiceError &error);

    enum class Step {
        Greeting,
        Capability,
        StartTls,
        CapabilityAfterTls,
        Authenticate,
        CapabilityAfterLogin,
        Id,
        Done
    };
    QPointer<Session> m_session;
    Credentials m_credentials;
    Step m_step = Step::Greeting;
    bool m_failed = false;
};

} // namespace Vigie::Imap
