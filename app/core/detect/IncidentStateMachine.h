#pragma once

#include "Incident.h"
#include "IncidentRecorder.h"
#include "IncidentState.h"
#include "SignalEvent.h"

#include <QObject>

#include <optional>

namespace Vigie::Platform {
class Clock;
}

namespace Vigie::Detect {

// Vigie's judgement of the primary mailbox: Healthy -> Suspect -> Outage -> Recovering -> Healthy.
//
// Strong evidence (a probe or the owner's mail hard-bounced, a permanent refusal of the owner's
// address) declares the outage at once. Weak evidence (a silence alarm, an overdue probe) makes
// it Suspect and asks for an extra probe; only a second confirmation turns it into an outage, so
// one late probe never flaps the state. A deferral (soft bounce, 4xx) is Suspect until something
// firmer comes: queued mail is late, not lost, so probes overdue meanwhile prove nothing more,
// and only a probe arriving ends it (other senders' mail may take another road). A deferral that
// outlasts its grace period is an outage all the same: the owner is still not getting that mail.
// Recovery needs several probe round trips and then either ordinary mail arriving or a quiet
// cool-down. Without probes, as in vigie-cli simulate, a silence alarm alone is the outage and
// the next arrival ends it; so it is while the probes are unavailable (the backup account cannot
// send them), and a silence still waiting for its probe is then an outage. A report found on
// connecting (it came while Vigie was not running) is evidence of a past problem, not of a
// present one: Suspect at most, and a probe decides.
//
// Access failures are a separate incident once past a grace period, and while Vigie cannot see
// the mailbox, silence and overdue probes are recorded but judged meaningless. A refused login
// is reported as such: the owner must act, and mail may well be flowing.
class IncidentStateMachine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool probesEnabled = true;
        int suspectConfirmations = 2; // weak signals in a row that make an outage
        int recoveryConfirmations = 3; // probe round trips before recovery
        int recoveryCoolDownMinutes = 30;
        int accessGraceMinutes = 10;
        int deferralGraceMinutes = 240; // a deferral known this long is an outage
    };

    IncidentStateMachine(Options options, const Platform::Clock &clock, IncidentRecorder recorder,
                         QObject *parent = nullptr);

    IncidentState state() const { return m_state; }
    AccessState accessState() const { return m_access; }
    std::optional<Incident> mailIncident() const { return m_mailIncident; }
    std::optional<Incident> accessIncident() const { return m_accessIncident; }
    QDateTime snoozedUntil() const { return m_snoozedUntil; }
    bool isSnoozed(const QDateTime &at) const;

    // Picks up where the last run stopped, from the database.
    void restore();
    void handle(const SignalEvent &event);
    // Grace periods, cool-downs and snoozes that end with time alone: call on a timer.
    void checkDeadlines();
    // Whether the backup account can send probes now (with Options::probesEnabled). Presumed at
    // start, not saved: only a failed submission of this run says otherwise.
    void setProbesAvailable(bool available);
    bool probesAvailable() const { return m_probesAvailable; }

Q_SIGNALS:
    void stateChanged(Vigie::Detect::IncidentState from, Vigie::Detect::IncidentState to,
                      const Vigie::Detect::SignalEvent &cause);
    void accessStateChanged(Vigie::Detect::AccessState from, Vigie::Detect::AccessState to);
    void incidentOpened(const Vigie::Detect::Incident &incident);
    void incidentClosed(const Vigie::Detect::Incident &incident);
    void outageDeclared(const Vigie::Detect::Incident &incident);
    void extraProbeRequested();
    void authenticationRefused(const Vigie::Detect::SignalEvent &event);

private:
    enum class SuspectCause { None, Silence, Probe, Deferral };

    QDateTime timeOf(const SignalEvent &event) const;
    bool probesUsable() const { return m_options.probesEnabled && m_probesAvailable; }
    qint64 incidentIdFor(const SignalEvent &event) const;
    void onWeakEvidence(const SignalEvent &event);
    void onHardEvidence(const SignalEvent &event);
    void onLateReport(const SignalEvent &event);
    void onDeferral(const SignalEvent &event);
    bool deferralOutlasted(const QDateTime &at) const;
    bool predatesIncident(const SignalEvent &event) const;
    void onFlow(const SignalEvent &event);
    void onAccessFailure(const SignalEvent &event);
    void onAccessRestored(const SignalEvent &event);
    void onResolvedDeclared(const SignalEvent &event);
    void tryRecover(const SignalEvent &cause);
    void moveTo(IncidentState to, const SignalEvent &cause);
    void setAccess(AccessState to, const QDateTime &at);
    void openAccessIncident(IncidentKind kind, const QDateTime &at);
    void saveSnapshot(const QDateTime &at);

    Options m_options;
    const Platform::Clock &m_clock;
    IncidentRecorder m_recorder;
    bool m_probesAvailable = true;

    IncidentState m_state = IncidentState::Healthy;
    AccessState m_access = AccessState::Ok;
    std::optional<Incident> m_mailIncident;
    std::optional<Incident> m_accessIncident;
    QDateTime m_stateSince;
    QDateTime m_accessFailingSince;
    QDateTime m_snoozedUntil;
    SuspectCause m_suspectCause = SuspectCause::None;
    int m_negatives = 0;
    int m_positives = 0;
    bool m_mailSeen = false;
    QDateTime m_deferralSince; // the first deferral not yet answered; invalid: none
};

} // namespace Vigie::Detect
