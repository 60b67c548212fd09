#include "IncidentStateMachine.h"

#include "DetectLogging.h"

#include "platform/Clock.h"

namespace Vigie::Detect {

using Kind = SignalEvent::Kind;

namespace {

// How far the mail server's clock, which dates the mail, may be behind this computer's.
constexpr qint64 ServerClockSkewSecs = 10 * 60;

} // namespace

IncidentStateMachine::IncidentStateMachine(Options options, const Platform::Clock &clock, IncidentRecorder recorder,
                                           QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_recorder(recorder)
{ }

bool IncidentStateMachine::isSnoozed(const QDateTime &at) const
{
    return m_snoozedUntil.isValid() && at < m_snoozedUntil;
}

QDateTime IncidentStateMachine::timeOf(const SignalEvent &event) const
{
    return event.at.isValid() ? event.at : m_clock.now();
}

qint64 IncidentStateMachine::incidentIdFor(const SignalEvent &event) const
{
    if (event.isAboutAccess() && m_accessIncident)
        return m_accessIncident->id;
    return m_mailIncident ? m_mailIncident->id : 0;
}

void IncidentStateMachine::handle(const SignalEvent &incoming)
{
    SignalEvent event = incoming;
    event.at = timeOf(incoming);
    // The signal that opens an incident belongs to its timeline too (its evidence above all),
    // so without an incident yet it is recorded once the switch below has had its say.
    const qint64 incidentBefore = incidentIdFor(event);
    if (incidentBefore != 0)
        m_recorder.recordSignal(incidentBefore, event);
    const bool blind = m_access != AccessState::Ok;

    switch (event.kind) {
    case Kind::MailArrived:
    case Kind::ProbeArrived:
        onFlow(event);
        break;
    case Kind::ProbeOverdue:
        // Blind, or the mail is known to be queued by a deferral: late, not lost.
        if (!blind && !m_deferralSince.isValid())
            onWeakEvidence(event);
        break;
    case Kind::SilenceAlarm:
        if (!blind)
            onWeakEvidence(event);
        break;
    case Kind::ProbeBounced:
    case Kind::OwnerAddressBounced:
        if (event.foundLate)
            onLateReport(event);
        else if (event.severity == SignalEvent::Severity::Permanent)
            onHardEvidence(event);
        else
            onDeferral(event);
        break;
    case Kind::SubmissionRejected:
        if (!event.isAboutRecipient())
            break;
        if (event.severity == SignalEvent::Severity::Permanent)
            onHardEvidence(event);
        else
            onDeferral(event);
        break;
    case Kind::AccessFailureStarted:
    case Kind::AuthenticationFailed:
        onAccessFailure(event);
        break;
    case Kind::AccessFailureEnded:
        onAccessRestored(event);
        break;
    case Kind::SnoozeRequested:
        m_snoozedUntil = event.at.addSecs(qint64(qMax(0, event.snoozeHours)) * 3600);
        break;
    case Kind::OutageDeclared:
        moveTo(IncidentState::Outage, event);
        break;
    case Kind::ResolvedDeclared:
        onResolvedDeclared(event);
        break;
    case Kind::DeferralExpired:
        if (deferralOutlasted(event.at))
            moveTo(IncidentState::Outage, event);
        break;
    case Kind::ProbesUnavailable:
        // The probe a silence waits for will not come: the silence is judged alone.
        if (!blind && m_state == IncidentState::Suspect && m_suspectCause == SuspectCause::Silence)
            onHardEvidence(event);
        break;
    case Kind::TimePassed:
        break;
    }
    if (incidentBefore == 0)
        m_recorder.recordSignal(incidentIdFor(event), event);
    saveSnapshot(event.at);
}

void IncidentStateMachine::onWeakEvidence(const SignalEvent &event)
{
    if (isSnoozed(event.at))
        return;
    switch (m_state) {
    case IncidentState::Healthy:
        if (!probesUsable() && event.kind == Kind::SilenceAlarm) {
            moveTo(IncidentState::Outage, event);
            return;
        }
        m_negatives = 1;
        m_suspectCause = event.kind == Kind::SilenceAlarm ? SuspectCause::Silence : SuspectCause::Probe;
        moveTo(IncidentState::Suspect, event);
        break;
    case IncidentState::Suspect:
        ++m_negatives;
        break;
    case IncidentState::Recovering:
        moveTo(IncidentState::Outage, event);
        return;
    case IncidentState::Outage:
        return;
    }
    if (m_negatives >= m_options.suspectConfirmations)
        moveTo(IncidentState::Outage, event);
    else
        Q_EMIT extraProbeRequested();
}

void IncidentStateMachine::onHardEvidence(const SignalEvent &event)
{
    if (!isSnoozed(event.at))
        moveTo(IncidentState::Outage, event);
}

// A report found on connecting tells of a past the probes must test afresh: Suspect at most, as
// if one probe had been lost, and an extra probe decides.
void IncidentStateMachine::onLateReport(const SignalEvent &event)
{
    if (isSnoozed(event.at))
        return;
    switch (m_state) {
    case IncidentState::Healthy:
        m_negatives = 1;
        m_suspectCause = SuspectCause::Probe;
        moveTo(IncidentState::Suspect, event);
        break;
    case IncidentState::Suspect:
        if (m_suspectCause == SuspectCause::Probe)
            return; // the probe asked for already settles this report too
        if (m_suspectCause == SuspectCause::Silence)
            m_suspectCause = SuspectCause::Probe; // ordinary mail no longer answers it
        break;
    case IncidentState::Recovering:
        m_positives = 0;
        break;
    case IncidentState::Outage:
        return;
    }
    Q_EMIT extraProbeRequested();
}

void IncidentStateMachine::onDeferral(const SignalEvent &event)
{
    if (isSnoozed(event.at) || m_state == IncidentState::Outage)
        return;
    if (!m_deferralSince.isValid())
        m_deferralSince = event.at;
    if (m_state == IncidentState::Healthy) {
        m_negatives = 0;
        m_suspectCause = SuspectCause::Deferral;
        moveTo(IncidentState::Suspect, event);
    } else if (m_state == IncidentState::Recovering) {
        m_positives = 0;
    }
}

bool IncidentStateMachine::predatesIncident(const SignalEvent &event) const
{
    return m_mailIncident && event.happened.isValid()
        && event.happened < m_mailIncident->opened.addSecs(-ServerClockSkewSecs);
}

void IncidentStateMachine::onFlow(const SignalEvent &event)
{
    // Mail found on reconnecting that was delivered before the doubt began does not answer it.
    if (predatesIncident(event))
        return;
    const bool probe = event.kind == Kind::ProbeArrived;
    switch (m_state) {
    case IncidentState::Healthy:
        if (probe)
            m_deferralSince = {};
        break;
    case IncidentState::Suspect:
        // Ordinary mail answers a silence; only a probe answers a doubt about the probes.
        if (probe || m_suspectCause == SuspectCause::Silence || !probesUsable())
            moveTo(IncidentState::Healthy, event);
        break;
    case IncidentState::Outage:
        if (!probesUsable()) {
            moveTo(IncidentState::Healthy, event);
            break;
        }
        m_positives = probe ? 1 : 0;
        m_mailSeen = !probe;
        moveTo(IncidentState::Recovering, event);
        tryRecover(event);
        break;
    case IncidentState::Recovering:
        if (probe) {
            ++m_positives;
            m_deferralSince = {};
        } else {
            m_mailSeen = true;
        }
        tryRecover(event);
        break;
    }
}

void IncidentStateMachine::tryRecover(const SignalEvent &cause)
{
    if (m_state != IncidentState::Recovering || m_positives < m_options.recoveryConfirmations)
        return;
    const qint64 coolDownMs = qint64(m_options.recoveryCoolDownMinutes) * 60 * 1000;
    if (m_mailSeen || m_stateSince.msecsTo(cause.at) >= coolDownMs)
        moveTo(IncidentState::Healthy, cause);
}

void IncidentStateMachine::onResolvedDeclared(const SignalEvent &event)
{
    m_snoozedUntil = {};
    moveTo(IncidentState::Healthy, event);
}

void IncidentStateMachine::moveTo(IncidentState to, const SignalEvent &cause)
{
    const IncidentState from = m_state;
    if (from == to)
        return;
    bool opened = false;
    if (!m_mailIncident) {
        m_mailIncident = m_recorder.open(IncidentKind::MailFlow, cause.at, to);
        opened = true;
    } else {
        m_recorder.escalate(*m_mailIncident, to);
    }
    m_state = to;
    m_stateSince = cause.at;
    m_recorder.recordTransition(m_mailIncident->id, cause.at, from, to, cause.name());

    std::optional<Incident> closed;
    if (to == IncidentState::Healthy) {
        IncidentOutcome outcome = m_mailIncident->worstState == IncidentState::Outage ? IncidentOutcome::Resolved
                                                                                      : IncidentOutcome::Dismissed;
        if (cause.kind == Kind::ResolvedDeclared)
            outcome = IncidentOutcome::ResolvedByOwner;
        m_recorder.close(*m_mailIncident, cause.at, outcome);
        closed = m_mailIncident;
        m_mailIncident.reset();
        m_negatives = m_positives = 0;
        m_mailSeen = false;
        m_deferralSince = {};
        m_suspectCause = SuspectCause::None;
    }
    if (to == IncidentState::Outage) {
        m_negatives = m_positives = 0;
        m_deferralSince = {}; // judged: from now on a late probe is late again
    }

    Q_EMIT stateChanged(from, to, cause);
    if (opened)
        Q_EMIT incidentOpened(*m_mailIncident);
    if (to == IncidentState::Outage)
        Q_EMIT outageDeclared(*m_mailIncident);
    if (closed)
        Q_EMIT incidentClosed(*closed);
}

void IncidentStateMachine::onAccessFailure(const SignalEvent &event)
{
    if (event.kind == Kind::AuthenticationFailed || event.errorKind == Net::ServiceError::Kind::Authentication) {
        if (m_access == AccessState::AuthenticationRefused)
            return;
        openAccessIncident(IncidentKind::AuthenticationFailure, event.at);
        setAccess(AccessState::AuthenticationRefused, event.at);
        Q_EMIT authenticationRefused(event);
        return;
    }
    if (m_access == AccessState::Ok) {
        m_accessFailingSince = event.at;
        setAccess(AccessState::Failing, event.at);
    }
}

void IncidentStateMachine::openAccessIncident(IncidentKind kind, const QDateTime &at)
{
    if (m_accessIncident && m_accessIncident->kind == kind)
        return;
    if (m_accessIncident) {
        m_recorder.close(*m_accessIncident, at, IncidentOutcome::Resolved);
        Q_EMIT incidentClosed(*m_accessIncident);
    }
    m_accessIncident = m_recorder.open(kind, at, IncidentState::Outage);
    Q_EMIT incidentOpened(*m_accessIncident);
}

void IncidentStateMachine::onAccessRestored(const SignalEvent &event)
{
    if (m_accessIncident) {
        Incident closed = *m_accessIncident;
        m_recorder.close(closed, event.at, IncidentOutcome::Resolved);
        m_accessIncident.reset();
        setAccess(AccessState::Ok, event.at);
        Q_EMIT incidentClosed(closed);
    } else {
        setAccess(AccessState::Ok, event.at);
    }
    m_accessFailingSince = {};
}

void IncidentStateMachine::setAccess(AccessState to, const QDateTime &at)
{
    const AccessState from = m_access;
    if (from == to)
        return;
    m_access = to;
    m_recorder.recordAccess(m_accessIncident ? m_accessIncident->id : 0, at, from, to);
    Q_EMIT accessStateChanged(from, to);
}

void IncidentStateMachine::setProbesAvailable(bool available)
{
    if (m_probesAvailable == available)
        return;
    m_probesAvailable = available;
    qCInfo(lcDetect) << "Probes" << (available ? "available again" : "unavailable");
    if (!available)
        handle(SignalEvent::probesUnavailable(m_clock.now()));
}

void IncidentStateMachine::checkDeadlines()
{
    const QDateTime now = m_clock.now();
    if (m_snoozedUntil.isValid() && now >= m_snoozedUntil)
        m_snoozedUntil = {};
    const qint64 graceMs = qint64(m_options.accessGraceMinutes) * 60 * 1000;
    if (m_access == AccessState::Failing && m_accessFailingSince.msecsTo(now) >= graceMs) {
        openAccessIncident(IncidentKind::AccessFailure, now);
        setAccess(AccessState::Down, now);
    }
    if (deferralOutlasted(now))
        handle(SignalEvent::deferralExpired(now));
    tryRecover(SignalEvent::timePassed(now));
    saveSnapshot(now);
}

// Blind, the deferral may have ended unseen; snoozed, the owner knows.
bool IncidentStateMachine::deferralOutlasted(const QDateTime &at) const
{
    const qint64 graceMs = qint64(m_options.deferralGraceMinutes) * 60 * 1000;
    return m_deferralSince.isValid() && m_deferralSince.msecsTo(at) >= graceMs
        && (m_state == IncidentState::Suspect || m_state == IncidentState::Recovering) && m_access == AccessState::Ok
        && !isSnoozed(at);
}

} // namespace Vigie::Detect
