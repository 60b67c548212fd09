#include "SessionOpener.h"

#include "AuthenticateJob.h"
#include "CapabilityJob.h"
#include "IdJob.h"
#include "ImapLogging.h"
#include "LoginJob.h"
#include "Session.h"
#include "StartTlsJob.h"
#include "VigieVersion.h"

namespace Vigie::Imap {

using Kind = Net::ServiceError::Kind;

SessionOpener::SessionOpener(Session *session, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_credentials(std::move(credentials))
{ }

void SessionOpener::start()
{
    connect(m_session, &Session::greeted, this, [this] {
        m_step = Step::Capability;
        step();
    });
    connect(m_session, &Session::failed, this, &SessionOpener::fail);
    m_session->open();
}

void SessionOpener::fail(const Net::ServiceError &error)
{
    if (m_failed || m_step == Step::Done)
        return;
    m_failed = true;
    Q_EMIT failed(error);
}

void SessionOpener::run(Job *job)
{
    connect(job, &Job::finished, this, [this](Job *finishedJob) {
        if (m_failed)
            return;
        // ID is a courtesy: a server that refuses it is still usable.
        if (finishedJob->error().isError() && !qobject_cast<IdJob *>(finishedJob)) {
            const Net::ServiceError error = finishedJob->error();
            fail(error); // first, so the Cancelled of the abort below is not what we report
            if (Session *session = m_session.data())
                session->abort();
            return;
        }
        step();
    });
    m_session->enqueue(job);
}

void SessionOpener::step()
{
    Session *const session = m_session.data();
    if (m_failed || !session)
        return;
    const bool preauth = session->state() == Session::State::Authenticated;
    switch (m_step) {
    case Step::Greeting:
        return;
    case Step::Capability:
        m_step = Step::StartTls;
        if (!session->capabilitiesKnown()) {
            run(new CapabilityJob);
            return;
        }
        [[fallthrough]];
    case Step::StartTls:
        m_step = Step::CapabilityAfterTls;
        if (session->options().tls == Config::TlsMode::StartTls && !session->isEncrypted()) {
            if (preauth) {
                // RFC 3501: no STARTTLS after PREAUTH; continuing would mean plaintext.
                fail(Net::ServiceError::make(
                    Kind::Tls, QStringLiteral("PREAUTH greeting on a connection that requires STARTTLS")));
                session->abort();
                return;
            }
            run(new StartTlsJob);
            return;
        }
        [[fallthrough]];
    case Step::CapabilityAfterTls:
        m_step = Step::Authenticate;
        if (!session->capabilitiesKnown()) {
            run(new CapabilityJob);
            return;
        }
        [[fallthrough]];
    case Step::Authenticate: {
        m_step = Step::CapabilityAfterLogin;
        if (preauth)
            break;
        using Mechanism = AuthenticateJob::Mechanism;
        if (m_credentials.tokenProvider) {
            if (session->hasCapability("AUTH=OAUTHBEARER")) {
                run(new AuthenticateJob(Mechanism::OAuthBearer, m_credentials.username, m_credentials.tokenProvider));
                return;
            }
            if (session->hasCapability("AUTH=XOAUTH2")) {
                run(new AuthenticateJob(Mechanism::XOAuth2, m_credentials.username, m_credentials.tokenProvider));
                return;
            }
        }
        if (session->hasCapability("AUTH=PLAIN") && !m_credentials.password.isNull()) {
            run(new AuthenticateJob(Mechanism::Plain, m_credentials.username, m_credentials.password));
            return;
        }
        run(new LoginJob(m_credentials.username, m_credentials.password));
        return;
    }
    case Step::CapabilityAfterLogin:
        break;
    case Step::Id:
    case Step::Done:
        break;
    }
    if (m_step == Step::CapabilityAfterLogin) {
        m_step = Step::Id;
        if (!session->capabilitiesKnown()) {
            run(new CapabilityJob);
            return;
        }
    }
    if (m_step == Step::Id) {
        m_step = Step::Done;
        if (session->hasCapability("ID")) {
            run(new IdJob({{"name", "Vigie"}, {"version", VIGIE_VERSION_STRING}}));
            return;
        }
    }
    m_step = Step::Done;
    qCDebug(lcImap) << "Logged in to" << session->options().host;
    Q_EMIT opened();
}

} // namespace Vigie::Imap
