#pragma once

#include "BackupProblem.h"
#include "config/Settings.h"
#include "detect/SignalEvent.h"
#include "smtp/Credentials.h"
#include "smtp/SubmissionResult.h"
#include "smtp/Timeouts.h"

#include <QObject>
#include <QTimer>

namespace Vigie::Platform {
class Clock;
}

namespace Vigie::Store {
class ProbeRepository;
}

namespace Vigie::Smtp {
class SubmissionClient;
}

namespace Vigie::Probe {

// Sends a canary probe from the backup account to the primary address every interval
// (jittered, so probes never beat in step with a provider's own schedule) and at once when the
// state machine asks for an extra one. Each probe is stored before it is submitted, then its
// submission outcome with every SMTP reply. A refusal at RCPT or DATA is about the owner's
// address and becomes a SignalEvent; anything earlier is the backup account's problem.
class ProbeScheduler : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Config::ServerSettings server;
        Smtp::Credentials credentials;
        QString from; // the backup address
        QString to; // the primary address
        qint64 intervalMs = 15 * 60 * 1000;
        double jitter = 0.1; // +-10 %
        qint64 firstProbeDelayMs = 30'000;
        Smtp::Timeouts timeouts;
    };

    ProbeScheduler(Options options, const Platform::Clock &clock, Store::ProbeRepository *repository,
                   QObject *parent = nullptr);
    ~ProbeScheduler() override;

    void start();
    void stop();
    // An extra probe now, or right after the one being submitted, or as soon as started: what
    // was found on connecting may ask for one before both mailboxes are watched.
    void probeNow();
    // The next interval, jittered.
    qint64 nextDelayMs() const;

Q_SIGNALS:
    // Stored, about to be submitted: from now on its arrival or bounce is expected.
    void probeIssued(const QString &token, const QDateTime &sentAt);
    void probeAccepted(const QString &token, const QString &queueId);
    // Not sent after all (refused or failed): stop expecting it.
    void probeWithdrawn(const QString &token);
    void submissionRejected(const Vigie::Detect::SignalEvent &event);
    void backupProblemOccurred(const Vigie::Probe::BackupProblem &problem);
    void backupProblemEnded();

private:
    void sendProbe();
    void onFinished(const Smtp::SubmissionResult &result);
    void scheduleNext(qint64 delayMs);

    Options m_options;
    const Platform::Clock &m_clock;
    Store::ProbeRepository *m_repository;
    Smtp::SubmissionClient *m_client;
    QTimer m_timer;
    QString m_token;
    QDateTime m_sentAt;
    bool m_running = false;
    bool m_extraPending = false;
    bool m_backupFailing = false;
};

} // namespace Vigie::Probe
