#include "ProbeScheduler.h"

#include "ProbeLogging.h"
#include "platform/Clock.h"
#include "smtp/ProbeMessage.h"
#include "smtp/SubmissionClient.h"
#include "store/ProbeRepository.h"

#include <QRandomGenerator>

namespace Vigie::Probe {

using Step = Smtp::SubmissionStep;
using Stage = Detect::SignalEvent::SmtpStage;

namespace {

// The exchange as it travelled, for the probes table: a bug report becomes a test script.
QString transcript(const Smtp::SubmissionResult &result)
{
    QStringList lines;
    for (const Smtp::Exchange &exchange : result.exchanges) {
        if (!exchange.command.isEmpty())
            lines.append(QStringLiteral("C: ") + QString::fromUtf8(exchange.command));
        for (const QString &line : exchange.reply.wireLines())
            lines.append(QStringLiteral("S: ") + line);
    }
    return lines.join(u'\n');
}

// Where a refusal says something about the owner's address rather than the backup account.
std::optional<Stage> recipientStage(Step step)
{
    switch (step) {
    case Step::RcptTo:
        return Stage::RcptTo;
    case Step::Data:
    case Step::MessageBody:
        return Stage::Data;
    default:
        return std::nullopt;
    }
}

} // namespace

ProbeScheduler::ProbeScheduler(Options options, const Platform::Clock &clock, Store::ProbeRepository *repository,
                               QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_repository(repository)
    , m_client(new Smtp::SubmissionClient(this))
{
    m_client->setServer(m_options.server);
    m_client->setCredentials(m_options.credentials);
    m_client->setTimeouts(m_options.timeouts);
    m_client->setClock(&m_clock);
    connect(m_client, &Smtp::SubmissionClient::finished, this, &ProbeScheduler::onFinished);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProbeScheduler::sendProbe);
}

ProbeScheduler::~ProbeScheduler() = default;

void ProbeScheduler::start()
{
    if (m_running)
        return;
    m_running = true;
    scheduleNext(m_extraPending ? 0 : m_options.firstProbeDelayMs);
}

void ProbeScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_extraPending = false;
    // finished() comes at once: onFinished records the probe as abandoned and goes no further.
    m_client->cancel();
}

void ProbeScheduler::probeNow()
{
    if (!m_running || m_client->isBusy()) {
        m_extraPending = true;
        return;
    }
    m_timer.stop();
    sendProbe();
}

qint64 ProbeScheduler::nextDelayMs() const
{
    const double factor = 1.0 + m_options.jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    return qMax<qint64>(1000, qint64(double(m_options.intervalMs) * factor));
}

void ProbeScheduler::scheduleNext(qint64 delayMs)
{
    if (m_running)
        m_timer.start(std::chrono::milliseconds(qMax<qint64>(0, delayMs)));
}

void ProbeScheduler::sendProbe()
{
    if (!m_running || m_client->isBusy())
        return;
    m_extraPending = false;
    m_sentAt = m_clock.now();
    const Smtp::ProbeMessage probe = Smtp::ProbeMessage::build(m_options.from, m_options.to, m_sentAt);
    m_token = probe.token();
    if (m_repository) {
        Store::ProbeRecord record;
        record.token = m_token;
        record.sent = m_sentAt;
        m_repository->insert(record);
    }
    qCInfo(lcProbe) << "Sending probe" << m_token.left(8) << "from" << m_options.from << "to" << m_options.to;
    Q_EMIT probeIssued(m_token, m_sentAt);
    if (!m_client->submit(probe.envelope(), probe.bytes())) {
        Q_EMIT probeWithdrawn(m_token);
        scheduleNext(nextDelayMs());
    }
}

void ProbeScheduler::onFinished(const Smtp::SubmissionResult &result)
{
    const QString token = std::exchange(m_token, {});
    const QString code =
        result.reply.isValid() ? QString::fromLatin1(result.reply.responseCode()) : Net::toString(result.error.kind);
    // Cut short by stop(): no verdict either way, and the message may even have gone out.
    const bool abandoned = result.error.kind == Net::ServiceError::Kind::Cancelled;
    if (m_repository)
        m_repository->setSubmission(token, abandoned ? QStringLiteral("abandoned") : Smtp::toString(result.outcome),
                                    Smtp::toString(result.step), code, result.queueId, transcript(result));
    if (!m_running)
        return;
    const QDateTime at = result.finishedAt.isValid() ? result.finishedAt : m_clock.now();

    if (result.isAccepted()) {
        qCInfo(lcProbe) << "Probe" << token.left(8) << "accepted:" << result.queueId;
        Q_EMIT probeAccepted(token, result.queueId);
        if (std::exchange(m_backupFailing, false))
            Q_EMIT backupProblemEnded();
    } else {
        Q_EMIT probeWithdrawn(token);
        const std::optional<Stage> stage = result.isRejected() ? recipientStage(result.step) : std::nullopt;
        if (stage) {
            qCInfo(lcProbe) << "Probe" << token.left(8) << "refused at" << Smtp::toString(result.step) << code;
            Q_EMIT submissionRejected(Detect::SignalEvent::submissionRejected(
                at, token, *stage, result.reply.responseCode(), result.reply.wireLines().join(u'\n')));
        } else {
            BackupProblem problem;
            problem.at = at;
            problem.step = result.step;
            problem.error = result.error;
            if (!problem.error.isError())
                problem.error = Net::ServiceError::make(
                    Net::ServiceError::Kind::Protocol, QStringLiteral("refused at %1").arg(Smtp::toString(result.step)),
                    result.reply.responseCode(), result.reply.text());
            qCWarning(lcProbe) << "The backup account could not send a probe:" << Smtp::toString(result.step)
                               << Net::toString(problem.error.kind) << problem.error.detail;
            if (!std::exchange(m_backupFailing, true)) // once per episode: every probe tries again
                Q_EMIT backupProblemOccurred(problem);
        }
    }
    scheduleNext(m_extraPending ? 0 : nextDelayMs());
}

} // namespace Vigie::Probe
