#include "detect/IncidentStateMachine.h"
#include "platform/Clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Vigie::Detect;
using Vigie::Net::ServiceError;
using Vigie::Platform::ManualClock;
using Kind = SignalEvent::Kind;
using Severity = SignalEvent::Severity;
using Stage = SignalEvent::SmtpStage;

namespace {

const QDateTime Start(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);

} // namespace

class IncidentStateMachineTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IncidentStateMachine> m_machine;

    IncidentStateMachine &machine(bool probes = true)
    {
        m_clock = std::make_unique<ManualClock>(Start);
        IncidentStateMachine::Options options;
        options.probesEnabled = probes;
        m_machine = std::make_unique<IncidentStateMachine>(options, *m_clock, IncidentRecorder());
        return *m_machine;
    }
    QDateTime later(int minutes)
    {
        m_clock->advance(qint64(minutes) * 60 * 1000);
        return m_clock->now();
    }
    void deferred(IncidentStateMachine &m, int minutes, const char *token = "t1")
    {
        m.handle(SignalEvent::probeBounced(later(minutes), QLatin1String(token), Severity::Transient, "4.2.0",
                                           QStringLiteral("Action: delayed")));
    }
    // Checks the deadlines each minute for this many minutes.
    void minutesPass(IncidentStateMachine &m, int minutes)
    {
        for (int minute = 0; minute < minutes; ++minute) {
            later(1);
            m.checkDeadlines();
        }
    }
    // Still Suspect until this many minutes have passed, an outage from then on.
    void suspectForMinutes(IncidentStateMachine &m, int minutes)
    {
        minutesPass(m, minutes - 1);
        QCOMPARE(m.state(), IncidentState::Suspect);
        minutesPass(m, 1);
        QCOMPARE(m.state(), IncidentState::Outage);
    }
    void bringToOutage(IncidentStateMachine &m)
    {
        m.handle(SignalEvent::probeBounced(later(1), QStringLiteral("t1"), Severity::Permanent, "5.1.1",
                                           QStringLiteral("Status: 5.1.1")));
        QCOMPARE(m.state(), IncidentState::Outage);
    }

private Q_SLOTS:
    void silenceAlarmIsSuspectAndAsksForAProbe()
    {
        IncidentStateMachine &m = machine();
        QSignalSpy changed(&m, &IncidentStateMachine::stateChanged);
        QSignalSpy probe(&m, &IncidentStateMachine::extraProbeRequested);
        QSignalSpy opened(&m, &IncidentStateMachine::incidentOpened);
        m.handle(SignalEvent::silenceAlarm(later(1), 9.5, 9.2));
        QCOMPARE(m.state(), IncidentState::Suspect);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).value<IncidentState>(), IncidentState::Suspect);
        QCOMPARE(changed.at(0).at(2).value<SignalEvent>().kind, Kind::SilenceAlarm);
        QCOMPARE(probe.count(), 1);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(m.mailIncident()->worstState, IncidentState::Suspect);

        // Mail arriving answers a silence.
        QSignalSpy closed(&m, &IncidentStateMachine::incidentClosed);
        m.handle(SignalEvent::mailArrived(later(5)));
        QCOMPARE(m.state(), IncidentState::Healthy);
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(0).value<Incident>().outcome, IncidentOutcome::Dismissed);
    }

    void aSecondWeakSignalConfirmsTheOutage()
    {
        IncidentStateMachine &m = machine();
        QSignalSpy outage(&m, &IncidentStateMachine::outageDeclared);
        QSignalSpy opened(&m, &IncidentStateMachine::incidentOpened);
        m.handle(SignalEvent::silenceAlarm(later(1), 9.5, 9.2));
        m.handle(SignalEvent::probeOverdue(later(15), QStringLiteral("extra")));
        QCOMPARE(m.state(), IncidentState::Outage);
        QCOMPARE(outage.count(), 1);
        QCOMPARE(opened.count(), 1); // the same incident, escalated
        QCOMPARE(m.mailIncident()->worstState, IncidentState::Outage);
    }

    void oneLateProbeDoesNotFlap()
    {
        IncidentStateMachine &m = machine();
        QSignalSpy outage(&m, &IncidentStateMachine::outageDeclared);
        m.handle(SignalEvent::probeOverdue(later(20), QStringLiteral("t1")));
        QCOMPARE(m.state(), IncidentState::Suspect);
        // Ordinary mail does not answer a doubt about the probes; the late probe does.
        m.handle(SignalEvent::mailArrived(later(1)));
        QCOMPARE(m.state(), IncidentState::Suspect);
        m.handle(SignalEvent::probeArrived(later(2), QStringLiteral("t1"), 23 * 60 * 1000));
        QCOMPARE(m.state(), IncidentState::Healthy);
        QCOMPARE(outage.count(), 0);
    }

    void aHardBounceIsAnOutageAtOnce()
    {
        IncidentStateMachine &m = machine();
        QSignalSpy changed(&m, &IncidentStateMachine::stateChanged);
        bringToOutage(m);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<IncidentState>(), IncidentState::Healthy);
    }

    void aRecipientRefusalAtSubmissionIsAnOutage()
    {
        IncidentStateMachine &m = machine();
        m.handle(SignalEvent::submissionRejected(later(1), QStringLiteral("t1"), Stage::MailFrom, "550 5.7.1",
                                                 QStringLiteral("Sender refused")));
        QCOMPARE(m.state(), IncidentState::Healthy); // the backup's problem, not the primary's
        m.handle(SignalEvent::submissionRejected(later(1), QStringLiteral("t2"), Stage::RcptTo, "550 5.1.1",
                                                 QStringLiteral("User unknown")));
        QCOMPARE(m.state(), IncidentState::Outage);
    }

    void aBounceAboutTheOwnerIsEvidenceToo()
    {
        IncidentStateMachine &m = machine();
        m.handle(SignalEvent::ownerAddressBounced(later(1), Severity::Transient, "4.2.2", QStringLiteral("DSN")));
        QCOMPARE(m.state(), IncidentState::Suspect);
        m.handle(SignalEvent::ownerAddressBounced(later(1), Severity::Permanent, "5.2.1", QStringLiteral("DSN")));
        QCOMPARE(m.state(), IncidentState::Outage);
    }

    void aDeferralIsSuspectUntilConfirmed()
    {
        IncidentStateMachine &m = machine();
        m.handle(SignalEvent::probeBounced(later(1), QStringLiteral("t1"), Severity::Transient, "4.4.1",
                                           QStringLiteral("Action: delayed")));
        QCOMPARE(m.state(), IncidentState::Suspect);
        // Queued mail is late, not lost: overdue probes do not make it an outage.
        m.handle(SignalEvent::probeOverdue(later(20), QStringLiteral("t2")));
        m.handle(SignalEvent::probeOverdue(later(20), QStringLiteral("t3")));
        QCOMPARE(m.state(), IncidentState::Suspect);
        m.handle(SignalEvent::probeArrived(later(5), QStringLiteral("t1"), 45 * 60 * 1000));
        QCOMPARE(m.state(), IncidentState::Healthy);

        // ...unless a permanent failure confirms it.
        m.handle(SignalEvent::probeBounced(later(1), QStringLiteral("t4"), Severity::Transient, "4.4.1", {}));
        m.handle(SignalEvent::probeBounced(later(60), QStringLiteral("t4"), Severity::Permanent, "5.4.7", {}));
        QCOMPARE(m.state(), IncidentState::Outage);
    }

    void aDeferralThatOutlastsItsGraceIsAnOutage()
    {
        IncidentStateMachine &m = machine();
        QSignalSpy changed(&m, &IncidentStateMachine::stateChanged);
        QSignalSpy outage(&m, &IncidentStateMachine::outageDeclared);
        deferred(m, 1);
        // Other senders' mail may take another road: only a probe answers a deferral.
        m.handle(SignalEvent::mailArrived(later(1)));
        m.handle(SignalEvent::probeOverdue(later(30), QStringLiteral("t2")));
        deferred(m, 15, "t3"); // each probe is held and reported in turn
        suspectForMinutes(m, 240 - 46); // 240 minutes since the first report
        QCOMPARE(outage.count(), 1);
        QCOMPARE(changed.constLast().at(2).value<SignalEvent>().kind, Kind::DeferralExpired);

        // Judged: late probes are late again, and the queue delivering its backlog recovers.
        m.handle(SignalEvent::probeArrived(later(5), QStringLiteral("t1"), 250 * 60 * 1000));
        QCOMPARE(m.state(), IncidentState::Recovering);
        m.handle(SignalEvent::probeOverdue(later(1), QStringLiteral("t4")));
        QCOMPARE(m.state(), IncidentState::Outage);
    }

    void aDeferralsGraceStartsAfresh()
    {
        IncidentStateMachine &m = machine();
        deferred(m, 1);
        m.handle(SignalEvent::probeArrived(later(100), QStringLiteral("t1"), 100 * 60 * 1000));
        QCOMPARE(m.state(), IncidentState::Healthy);
        deferred(m, 100, "t2");
        suspectForMinutes(m, 240);
    }

    void aDeferralsGraceWaitsWhileBlindOrSnoozed()
    {
        IncidentStateMachine &m = machine();
        deferred(m, 1);
        m.handle(SignalEvent::accessFailureStarted(
            later(200), ServiceError::make(ServiceError::Kind::Network, QStringLiteral("refused"))));
        minutesPass(m, 60);
        QCOMPARE(m.state(), IncidentState::Suspect); // the probes may be arriving unseen
        m.handle(SignalEvent::snoozeRequested(later(0), 1));
        m.handle(SignalEvent::accessFailureEnded(later(0)));
        suspectForMinutes(m, 60);
    }

    void aDeferralDuringRecoveryRestartsIt()
    {
        IncidentStateMachine &m = machine();
        bringToOutage(m);
        deferred(m, 1, "t2"); // already an outage: nothing more to say
        m.handle(SignalEvent::probeArrived(later(15), QStringLiteral("p1"), 60000));
        m.handle(SignalEvent::probeArrived(later(5), QStringLiteral("p2"), 60000));
        deferred(m, 1, "p3"); // the round trips count again from zero
        m.handle(SignalEvent::probeOverdue(later(30), QStringLiteral("p3")));
        QCOMPARE(m.state(), IncidentState::Recovering);
        minutesPass(m, 240);
        QCOMPARE(m.state(), IncidentState::Outage);
    }

    void recoveryNeedsProbesAndThenMailOrACoolDown()
    {
        IncidentStateMachine &m = machine();
        bringToOutage(m);
        QSignalSpy closed(&m, &IncidentStateMachine::incidentClosed);
        m.handle(SignalEvent::probeArrived(later(15), QStringLiteral("p1"), 60000));
        QCOMPARE(m.state(), IncidentState::Recovering);
        m.handle(SignalEvent::probeArrived(later(5), QStringLiteral("p2"), 60000));
        m.handle(SignalEvent::probeArrived(later(5), QStringLiteral("p3"), 60000));
        QCOMPARE(m.state(), IncidentState::Recovering); // probes came, but no mail yet, and no cool-down
        m.handle(SignalEvent::mailArrived(later(1)));
        QCOMPARE(m.state(), IncidentState::Healthy);
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(0).value<Incident>().outcome, IncidentOutcome::Resolved);

        bringToOutage(m);
        for (int probe = 0; probe < 3; ++probe)
            m.handle(SignalEvent::probeArrived(later(5), QStringLiteral("q"), 60000));
        m.checkDeadlines();
        QCOMPARE(m.state(), IncidentState::Recovering);
        later(20); // 35 minutes since the first probe came back
        m.checkDeadlines();
        QCOMPARE(m.state(), IncidentState::Healthy);
    }

    void aRelapseDuringRecoveryIsAnOutageAgain()
    {
        IncidentStateMachine &m = machine();
        bringToOutage(m);
        const qint64 incident = m.mailIncident()->id;
        m.handle(SignalEvent::probeArrived(later(15), QStringLiteral("p1"), 60000));
        QCOMPARE(m.state(), IncidentState::Recovering);
        m.handle(SignalEvent::probeOverdue(later(30), QStringLiteral("p2")));
        QCOMPARE(m.state(), IncidentState::Outage);
        QCOMPARE(m.mailIncident()->id, incident);
    }

    void withoutProbesSilenceIsTheOutageAndMailEndsIt()
    {
        IncidentStateMachine &m = machine(false);
        QSignalSpy probe(&m, &IncidentStateMachine::extraProbeRequested);
        m.handle(SignalEvent::silenceAlarm(later(1), 9.5, 9.2));
        QCOMPARE(m.state(), IncidentState::Outage);
        QCOMPARE(probe.count(), 0);
        m.handle(SignalEvent::mailArrived(later(60)));
        QCOMPARE(m.state(), IncidentState::Healthy);
    }

    // A message moved into the INBOX from an archive, or a probe found on reconnecting, keeps the
    // date it was delivered: from before the incident, it says nothing of the mail flowing now.
    void mailDeliveredBeforeTheIncidentDoesNotAnswerIt()
    {
        IncidentStateMachine &m = machine(false);
        m.handle(SignalEvent::silenceAlarm(later(1), 9.5, 9.2));
        const QDateTime opened = m.mailIncident()->opened;
        m.handle(SignalEvent::mailArrived(later(5), opened.addDays(-30)));
        m.handle(SignalEvent::mailArrived(later(5), opened.addSecs(-3600)));
        QCOMPARE(m.state(), IncidentState::Outage);
        // Within the mail server's clock skew of the incident's start, it may be mail that just came.
        m.handle(SignalEvent::mailArrived(later(5), opened.addSecs(-60)));
        QCOMPARE(m.state(), IncidentState::Healthy);

        IncidentStateMachine &withProbes = machine();
        bringToOutage(withProbes);
        const QDateTime outageOpened = withProbes.mailIncident()->opened;
        withProbes.handle(
            SignalEvent::probeArrived(later(15), QStringLiteral("p0"), 60000, outageOpened.addSecs(-3600)));
        withProbes.handle(SignalEvent::mailArrived(later(1), outageOpened.addDays(-2)));
        QCOMPARE(withProbes.state(), IncidentState::Outage);
        withProbes.handle(SignalEvent::mailArrived(later(1), m_clock->now().addSecs(-30)));
        QCOMPARE(withProbes.state(), IncidentState::Recovering);
    }

    void whileProbesAreUnavailableSilenceIsTheOutage()
    {
        IncidentStateMachine &m = machine();
        m.setProbesAvailable(false);
        m.handle(SignalEvent::silenceAlarm(later(1), 9.5, 9.2));
        QCOMPARE(m.state(), IncidentState::Outage);
        m.handle(SignalEvent::mailArrived(later(60))); // no probe can confirm a recovery
        QCOMPARE(m.state(), IncidentState::Healthy);
        m.setProbesAvailable(true);
        m.handle(SignalEvent::silenceAlarm(later(60), 9.5, 9.2));
        QCOMPARE(m.state(), IncidentState::Suspect);
    }

    void aSilenceWaitingForItsProbeIsAnOutageWhenProbesFail()
    {
        IncidentStateMachine &m = machine();
        QSignalSpy changed(&m, &IncidentStateMachine::stateChanged);
        m.handle(SignalEvent::silenceAlarm(later(1), 9.5, 9.2));
        m.setProbesAvailable(false);
        QCOMPARE(m.state(), IncidentState::Outage);
        QCOMPARE(changed.constLast().at(2).value<SignalEvent>().kind, Kind::ProbesUnavailable);
        m.setProbesAvailable(true); // probes again: recovery needs them as usual
        m.handle(SignalEvent::mailArrived(later(30)));
        QCOMPARE(m.state(), IncidentState::Recovering);

        // A late probe is no silence: still Suspect, and mail ends it since no probe can.
        IncidentStateMachine &other = machine();
        other.handle(SignalEvent::probeOverdue(later(1), QStringLiteral("p1")));
        other.setProbesAvailable(false);
        QCOMPARE(other.state(), IncidentState::Suspect);
        other.handle(SignalEvent::mailArrived(later(5)));
        QCOMPARE(other.state(), IncidentState::Healthy);
    }

    void snoozeHoldsEscalationsUntilItEnds()
    {
        IncidentStateMachine &m = machine();
        m.handle(SignalEvent::snoozeRequested(later(0), 2));
        QVERIFY(m.isSnoozed(m_clock->now()));
        m.handle(SignalEvent::silenceAlarm(later(30), 9.5, 9.2));
        m.handle(SignalEvent::probeBounced(later(1), QStringLiteral("t"), Severity::Permanent, "5.1.1", {}));
        QCOMPARE(m.state(), IncidentState::Healthy);
        later(120);
        m.checkDeadlines();
        QVERIFY(!m.snoozedUntil().isValid());
        m.handle(SignalEvent::silenceAlarm(later(1), 9.5, 9.2));
        QCOMPARE(m.state(), IncidentState::Suspect);
    }

    void theOwnerCanDeclareAndResolve()
    {
        IncidentStateMachine &m = machine();
        QSignalSpy closed(&m, &IncidentStateMachine::incidentClosed);
        m.handle(SignalEvent::outageDeclared(later(1)));
        QCOMPARE(m.state(), IncidentState::Outage);
        m.handle(SignalEvent::resolvedDeclared(later(10)));
        QCOMPARE(m.state(), IncidentState::Healthy);
        QCOMPARE(closed.at(0).at(0).value<Incident>().outcome, IncidentOutcome::ResolvedByOwner);
    }

    void accessFailuresBecomeAnIncidentAfterTheGrace()
    {
        IncidentStateMachine &m = machine();
        QSignalSpy opened(&m, &IncidentStateMachine::incidentOpened);
        QSignalSpy access(&m, &IncidentStateMachine::accessStateChanged);
        m.handle(SignalEvent::accessFailureStarted(
            later(0), ServiceError::make(ServiceError::Kind::Network, QStringLiteral("refused"))));
        QCOMPARE(m.accessState(), AccessState::Failing);
        later(9);
        m.checkDeadlines();
        QCOMPARE(opened.count(), 0);
        // Blind: a silence now means nothing.
        m.handle(SignalEvent::silenceAlarm(later(0), 9.5, 9.2));
        QCOMPARE(m.state(), IncidentState::Healthy);
        later(1);
        m.checkDeadlines();
        QCOMPARE(m.accessState(), AccessState::Down);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<Incident>().kind, IncidentKind::AccessFailure);
        QSignalSpy closed(&m, &IncidentStateMachine::incidentClosed);
        m.handle(SignalEvent::accessFailureEnded(later(5)));
        QCOMPARE(m.accessState(), AccessState::Ok);
        QCOMPARE(closed.count(), 1);
        QCOMPARE(access.count(), 3);
        QCOMPARE(m.state(), IncidentState::Healthy);
    }

    void aRefusedLoginIsReportedAndIsNoOutage()
    {
        IncidentStateMachine &m = machine();
        QSignalSpy refused(&m, &IncidentStateMachine::authenticationRefused);
        QSignalSpy opened(&m, &IncidentStateMachine::incidentOpened);
        m.handle(SignalEvent::authenticationFailed(
            later(0), ServiceError::make(ServiceError::Kind::Authentication, {}, "AUTHENTICATIONFAILED")));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<Incident>().kind, IncidentKind::AuthenticationFailure);
        QCOMPARE(m.accessState(), AccessState::AuthenticationRefused);
        QCOMPARE(m.state(), IncidentState::Healthy);
        // The same as an access failure of kind Authentication: reported once, no grace period.
        m.handle(
            SignalEvent::accessFailureStarted(later(1), ServiceError::make(ServiceError::Kind::Authentication, {})));
        QCOMPARE(refused.count(), 1);
    }
};

QTEST_GUILESS_MAIN(IncidentStateMachineTest)
#include "IncidentStateMachineTest.moc"
