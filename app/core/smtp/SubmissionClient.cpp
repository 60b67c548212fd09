#include "SubmissionClient.h"

#include "AccessTokenProvider.h"
#include "AuthJob.h"
#include "ConnectJob.h"
#include "EhloJob.h"
#include "MailTransactionJob.h"
#include "QuitJob.h"
#include "Session.h"
#include "SmtpLogging.h"
#include "StartTlsJob.h"
#include "net/TlsPolicy.h"

namespace Vigie::Smtp {

using Net::ServiceError;

SubmissionClient::SubmissionClient(QObject *parent)
    : QObject(parent)
{
    m_tokenTimer.setSingleShot(true);
    connect(&m_tokenTimer, &QTimer::timeout, this, [this] {
        fail(ServiceError::make(ServiceError::Kind::Timeout, QStringLiteral("no access token in time")),
             SubmissionStep::Auth);
    });
}

SubmissionClient::~SubmissionClient() = default;

void SubmissionClient::setServer(const Config::ServerSettings &server)
{
    m_server = server;
}

void SubmissionClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

void SubmissionClient::setAccessTokenProvider(AccessTokenProvider *provider)
{
    m_tokenProvider = provider;
}

void SubmissionClient::setTimeouts(const Timeouts &timeouts)
{
    m_timeouts = timeouts;
}

void SubmissionClient::setClock(const Platform::Clock *clock)
{
    m_clock = clock ? clock : &m_systemClock;
}

void SubmissionClient::setClientName(const QByteArray &name)
{
    m_clientName = name;
}

bool SubmissionClient::submit(const Envelope &envelope, const QByteArray &message)
{
    if (isBusy())
        return false;
    m_envelope = envelope;
    m_message = message;
    m_result = {};
    m_result.startedAt = m_clock->now();
    m_tlsDone = false;
    m_quitting = false;
    m_session = new Session(this);
    connect(m_session, &Session::failed, this, &SubmissionClient::onSessionFailed);

    QString problem;
    const Net::TlsPolicy policy = Net::TlsPolicy::fromSettings(m_server, &problem);
    if (!problem.isEmpty())
        qCWarning(lcSmtp).noquote() << problem;
    const int port = m_server.port > 0 ? m_server.port : Config::Settings::defaultSubmissionPort(m_server.tls);
    qCInfo(lcSmtp).noquote() << "Submitting to" << m_server.host << port;
    auto *job =
        new ConnectJob(m_session, m_server.host, quint16(port), policy, m_timeouts.connectMs, m_timeouts.greetingMs);
    // Started from the event loop so that finished() never comes from inside submit().
    QTimer::singleShot(0, job, [this, job] {
        if (job->parent() != m_session) // cancelled before it started
            return;
        runJob(job, [this](Job *) {
            m_result.encrypted = m_session->isEncrypted();
            sendEhlo();
        });
    });
    return true;
}

void SubmissionClient::cancel()
{
    if (!isBusy())
        return;
    m_tokenTimer.stop();
    fail(ServiceError::make(ServiceError::Kind::Cancelled, QStringLiteral("submission cancelled")),
         m_session->currentStep());
}

void SubmissionClient::runJob(Job *job, std::function<void(Job *)> then)
{
    connect(job, &Job::finished, this, [this, job, then = std::move(then)] {
        job->deleteLater();
        if (!m_session || m_quitting)
            return;
        if (job->error().isError())
            failFromJob(job);
        else
            then(job);
    });
    m_session->run(job);
}

void SubmissionClient::sendEhlo()
{
    const QByteArray name = m_clientName.isEmpty() ? m_session->clientAddressLiteral() : m_clientName;
    runJob(new EhloJob(m_session, name, m_timeouts.commandMs),
           [this](Job *job) { afterEhlo(static_cast<EhloJob *>(job)->capabilities()); });
}

void SubmissionClient::afterEhlo(const Capabilities &capabilities)
{
    m_result.capabilities = capabilities;
    if (m_server.tls == Config::TlsMode::StartTls && !m_tlsDone) {
        if (!capabilities.startTls()) {
            fail(ServiceError::make(ServiceError::Kind::Tls,
                                    QStringLiteral("the server does not offer STARTTLS, which this account requires")),
                 SubmissionStep::StartTls);
            return;
        }
        // RFC 3207 section 4.2: what the server said before TLS is forgotten; EHLO again after it.
        runJob(new StartTlsJob(m_session, m_timeouts.commandMs), [this](Job *) {
            m_tlsDone = true;
            m_result.encrypted = true;
            sendEhlo();
        });
        return;
    }
    if (m_credentials.username.isEmpty())
        sendMessage();
    else
        authenticate();
}

void SubmissionClient::authenticate()
{
    const QByteArray mechanism =
        AuthMechanism::choose(m_result.capabilities.authMechanisms(), !m_tokenProvider.isNull());
    if (mechanism.isEmpty()) {
        fail(ServiceError::make(ServiceError::Kind::Protocol,
                                QStringLiteral("the server offers no authentication mechanism Vigie can use (%1)")
                                    .arg(QString::fromLatin1(m_result.capabilities.authMechanisms().join(' ')))),
             SubmissionStep::Auth);
        return;
    }
    if (!m_tokenProvider) {
        authenticateWith(mechanism, m_credentials.password);
        return;
    }
    m_tokenProvided =
        connect(m_tokenProvider, &AccessTokenProvider::tokenProvided, this, [this, mechanism](const QString &token) {
            disconnect(m_tokenProvided);
            disconnect(m_tokenFailed);
            m_tokenTimer.stop();
            if (m_session)
                authenticateWith(mechanism, token);
        });
    m_tokenFailed =
        connect(m_tokenProvider, &AccessTokenProvider::tokenFailed, this, [this](const ServiceError &error) {
            disconnect(m_tokenProvided);
            disconnect(m_tokenFailed);
            m_tokenTimer.stop();
            if (m_session)
                fail(error, SubmissionStep::Auth);
        });
    m_tokenTimer.start(m_timeouts.commandMs);
    m_tokenProvider->requestToken();
}

void SubmissionClient::authenticateWith(const QByteArray &mechanism, const QString &secret)
{
    m_result.authMechanism = mechanism;
    runJob(
        new AuthJob(m_session, AuthMechanism::create(mechanism, m_credentials.username, secret), m_timeouts.commandMs),
        [this](Job *) { sendMessage(); });
}

void SubmissionClient::sendMessage()
{
    auto *job = new MailTransactionJob(m_session, m_envelope, m_message, m_result.capabilities, m_timeouts.commandMs,
                                       m_timeouts.dataEndMs);
    runJob(job, [this](Job *finished) {
        auto *transaction = static_cast<MailTransactionJob *>(finished);
        m_result.outcome =
            transaction->isAccepted() ? SubmissionResult::Outcome::Accepted : SubmissionResult::Outcome::Rejected;
        m_result.step = transaction->verdictStep();
        m_result.reply = transaction->verdictReply();
        m_result.recipients = transaction->recipients();
        if (transaction->isAccepted())
            m_result.queueId = MailTransactionJob::queueIdFrom(transaction->verdictReply());
        quitAndFinish();
    });
}

void SubmissionClient::quitAndFinish()
{
    m_quitting = true;
    auto *job = new QuitJob(m_session, m_timeouts.quitMs);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        emitResult();
    });
    m_session->run(job);
}

void SubmissionClient::failFromJob(Job *job)
{
    SubmissionStep step = m_session->currentStep();
    if (auto *transaction = qobject_cast<MailTransactionJob *>(job)) {
        m_result.recipients = transaction->recipients();
        // Refused before anything was sent (size, SMTPUTF8): it is the MAIL step that could not be.
        if (!job->errorReply().isValid())
            step = SubmissionStep::MailFrom;
    }
    fail(job->error(), step, job->errorReply());
}

void SubmissionClient::fail(const ServiceError &error, SubmissionStep step, const SmtpReply &reply)
{
    if (!m_session || m_quitting)
        return;
    m_result.outcome = SubmissionResult::Outcome::Failed;
    m_result.error = error;
    m_result.step = step;
    m_result.reply = reply;
    // A refusal (auth, STARTTLS) leaves a working connection: say goodbye. A broken one is gone.
    if (error.kind == ServiceError::Kind::Authentication || (reply.isValid() && reply.code != 421))
        quitAndFinish();
    else {
        // Quietly: this failure is already the verdict, the session's own report would repeat it.
        m_session->disconnect(this);
        m_session->abort(error);
        emitResult();
    }
}

void SubmissionClient::onSessionFailed(const ServiceError &error)
{
    if (!m_session || m_quitting)
        return;
    SmtpReply reply;
    if (!error.responseCode.isEmpty() && !m_session->exchanges().isEmpty())
        reply = m_session->exchanges().constLast().reply;
    if (auto *transaction = m_session->findChild<MailTransactionJob *>())
        m_result.recipients = transaction->recipients();
    m_result.outcome = SubmissionResult::Outcome::Failed;
    m_result.error = error;
    m_result.step = m_session->currentStep();
    m_result.reply = reply;
    emitResult();
}

void SubmissionClient::emitResult()
{
    if (!m_session)
        return;
    m_tokenTimer.stop();
    // A token that arrives now must not reach a later submission.
    disconnect(m_tokenProvided);
    disconnect(m_tokenFailed);
    m_result.exchanges = m_session->exchanges();
    m_result.finishedAt = m_clock->now();
    Session *session = std::exchange(m_session, nullptr);
    session->disconnect(this);
    session->deleteLater();
    qCInfo(lcSmtp).noquote() << "Submission" << toString(m_result.outcome) << "at" << toString(m_result.step)
                             << m_result.reply.responseCode() << m_result.error.detail;
    const SubmissionResult result = m_result;
    Q_EMIT finished(result);
}

} // namespace Vigie::Smtp
