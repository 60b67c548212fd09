#pragma once

#include "Credentials.h"
#include "Envelope.h"
#include "SubmissionResult.h"
#include "Timeouts.h"
#include "config/Settings.h"
#include "platform/Clock.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace Vigie::Smtp {

class AccessTokenProvider;
class Capabilities;
class Job;
class Session;

// Submits one message at a time to a submission server (RFC 6409): connect (implicit TLS, or
// STARTTLS which is then mandatory), EHLO, AUTH, the mail transaction, QUIT. Every step has a
// timeout; finished() comes exactly once per submit() that returned true, never from inside
// submit() (from cancel(), at once). Deleting a busy client drops the connection silently.
//
//     auto *client = new SubmissionClient(this);
//     client->setServer(settings.backup.smtp);
//     client->setCredentials({username or address, password});
//     connect(client, &SubmissionClient::finished, this, &Prober::onSubmitted);
//     const ProbeMessage probe = ProbeMessage::build(backupAddress, primaryAddress, clock.now());
//     client->submit(probe.envelope(), probe.bytes());
class SubmissionClient : public QObject
{
    Q_OBJECT
public:
    explicit SubmissionClient(QObject *parent = nullptr);
    ~SubmissionClient() override;

    void setServer(const Config::ServerSettings &server);
    void setCredentials(const Credentials &credentials);
    // With a provider, AUTH uses XOAUTH2 with a fresh token and the password is ignored. Not owned.
    void setAccessTokenProvider(AccessTokenProvider *provider);
    void setTimeouts(const Timeouts &timeouts);
    // Stamps startedAt/finishedAt. Not owned; the system clock when unset.
    void setClock(const Platform::Clock *clock);
    // The EHLO argument; default: the address literal of our end of the connection.
    void setClientName(const QByteArray &name);

    bool isBusy() const { return m_session != nullptr; }
    // False (and no finished()) when a submission is already running.
    bool submit(const Envelope &envelope, const QByteArray &message);
    // Ends the running submission at once: finished() with a Cancelled error.
    void cancel();

Q_SIGNALS:
    void finished(const Vigie::Smtp::SubmissionResult &result);

private:
    void runJob(Job *job, std::function<void(Job *)> then);
    void sendEhlo();
    void afterEhlo(const Capabilities &capabilities);
    void authenticate();
    void authenticateWith(const QByteArray &mechanism, const QString &secret);
    void sendMessage();
    void quitAndFinish();
    void fail(const Net::ServiceError &error, SubmissionStep step, const SmtpReply &reply = {});
    void failFromJob(Job *job);
    void onSessionFailed(const Net::ServiceError &error);
    void emitResult();

    Config::ServerSettings m_server;
    Credentials m_credentials;
    QPointer<AccessTokenProvider> m_tokenProvider;
    Timeouts m_timeouts;
    Platform::SystemClock m_systemClock;
    const Platform::Clock *m_clock = &m_systemClock;
    QByteArray m_clientName;

    Session *m_session = nullptr;
    Envelope m_envelope;
    QByteArray m_message;
    SubmissionResult m_result;
    bool m_tlsDone = false;
    bool m_quitting = false;
    QTimer m_tokenTimer;
    QMetaObject::Connection m_tokenProvided;
    QMetaObject::Connection m_tokenFailed;
};

} // namespace Vigie::Smtp
