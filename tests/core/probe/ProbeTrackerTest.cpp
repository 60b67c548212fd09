#include "probe/ProbeTracker.h"
#include "bounce/BounceClassifier.h"
#include "detect/IncidentStateMachine.h"
#include "platform/Clock.h"
#include "probe/BounceMatcher.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/ProbeRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using Detect::IncidentState;
using Detect::SignalEvent;
using Severity = SignalEvent::Severity;

namespace {

const QString Token = QStringLiteral("dLy7wQ2nVb5xKp9sRt3mZc8fHj4gNa6e");
const QDateTime Start(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);

// A delay warning as the test stack's Postfix writes it (delay_warning_time reached, the
// primary's MX answering 450), the probe sent with ENVID and RET=HDRS.
QByteArray postfixDelayWarning()
{
    return "From: Mail Delivery System <MAILER-DAEMON@backup.test>\r\n"
           "Subject: Delayed Mail (still being retried)\r\n"
           "To: owner@backup.test\r\n"
           "Auto-Submitted: auto-replied\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/report; report-type=delivery-status;\r\n"
           "\tboundary=\"7C1B0AC8122.1795712043/mx.backup.test\"\r\n\r\n"
           "This is a MIME-encapsulated message.\r\n\r\n"
           "--7C1B0AC8122.1795712043/mx.backup.test\r\n"
           "Content-Description: Notification\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "This is the mail system at host mx.backup.test.\r\n\r\n"
           "####################################################################\r\n"
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n"
           "####################################################################\r\n\r\n"
           "Your message could not be delivered for more than 4 hour(s).\r\n"
           "It will be retried until it is 5 day(s) old.\r\n\r\n"
           "<owner@primary.test>: host 127.0.0.1[127.0.0.1] said: 450 4.2.0\r\n"
           "    <owner@primary.test>: Recipient address rejected: Mailbox temporarily\r\n"
           "    unavailable, try again later (in reply to RCPT TO command)\r\n\r\n"
           "--7C1B0AC8122.1795712043/mx.backup.test\r\n"
           "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
           "Reporting-MTA: dns; mx.backup.test\r\n"
           "Original-Envelope-Id: "
        + Token.toLatin1()
        + "\r\nX-Postfix-Queue-ID: 7C1B0AC8122\r\n"
          "Arrival-Date: Tue,  3 Mar 2026 06:00:00 +0000 (UTC)\r\n\r\n"
          "Final-Recipient: rfc822; owner@primary.test\r\n"
          "Original-Recipient: rfc822;owner@primary.test\r\n"
          "Action: delayed\r\nStatus: 4.2.0\r\nRemote-MTA: dns; 127.0.0.1\r\n"
          "Diagnostic-Code: smtp; 450 4.2.0 <owner@primary.test>: Recipient address\r\n"
          "    rejected: Mailbox temporarily unavailable, try again later\r\n"
          "Will-Retry-Until: Sat,  7 Mar 2026 06:00:00 +0000 (UTC)\r\n\r\n"
          "--7C1B0AC8122.1795712043/mx.backup.test\r\n"
          "Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
          "From: owner@backup.test\r\nTo: owner@primary.test\r\nSubject: Vigie probe\r\n"
          "Message-ID: <vigie-probe."
        + Token.toLatin1() + "@backup.test>\r\nX-Vigie-Probe: " + Token.toLatin1()
        + "\r\n\r\n--7C1B0AC8122.1795712043/mx.backup.test--\r\n";
}

} // namespace

// What becomes of a report about a probe: the tracker's signal, the probe's record, and, for a
// delay warning, a deferral in the state machine with the DSN in the incident's timeline.
class ProbeTrackerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<Platform::ManualClock> m_clock;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::ProbeRepository> m_probes;
    std::unique_ptr<Probe::ProbeTracker> m_tracker;

    // A fresh database and tracker, one probe accepted at Start.
    Probe::ProbeTracker &trackerWithOneProbe()
    {
        m_clock = std::make_unique<Platform::ManualClock>(Start);
        m_tracker.reset();
        m_database = std::make_unique<Store::Database>();
        const bool opened = m_database->open(m_dir.filePath(QStringLiteral("probes-%1.sqlite").arg(++m_databases)));
        if (!opened)
            qFatal("Cannot open a database in %s", qPrintable(m_dir.path()));
        m_probes = std::make_unique<Store::ProbeRepository>(*m_database);
        Store::ProbeRecord probe;
        probe.token = Token;
        probe.sent = Start;
        probe.outcome = QStringLiteral("accepted");
        m_probes->insert(probe);
        m_tracker = std::make_unique<Probe::ProbeTracker>(Probe::ProbeTracker::Options{30 * 60 * 1000}, *m_clock,
                                                          m_probes.get());
        m_tracker->probeIssued(Token, Start);
        return *m_tracker;
    }

    void delayed(Probe::ProbeTracker &tracker, int minutes)
    {
        m_clock->advance(qint64(minutes) * 60 * 1000);
        tracker.probeBounced(SignalEvent::probeBounced(m_clock->now(), Token, Severity::Transient, "4.2.0",
                                                       QStringLiteral("Action: delayed")),
                             QStringLiteral("mailboxfull"));
    }

private Q_SLOTS:
    void aPostfixDelayWarningIsADeferralWithItsDsnAsEvidence()
    {
        Probe::ProbeTracker &tracker = trackerWithOneProbe();
        const QByteArray raw = postfixDelayWarning();
        const Bounce::BounceReport report = Bounce::BounceClassifier().classify(raw);
        QVERIFY(report.isBounce());
        const Probe::BounceMatcher matcher(QStringLiteral("owner@primary.test"),
                                           [&tracker](const QString &token) { return tracker.isIssued(token); });
        const Probe::BounceMatcher::Match match = matcher.match(report, raw);
        QCOMPARE(match.kind, Probe::BounceMatcher::Match::Kind::Probe);
        QCOMPARE(match.token, Token);
        QCOMPARE(match.severity, Severity::Transient);
        QCOMPARE(match.status, QByteArray("4.2.0"));

        Store::IncidentRepository incidents(*m_database);
        Detect::IncidentStateMachine machine({}, *m_clock, Detect::IncidentRecorder(&incidents));
        connect(&tracker, &Probe::ProbeTracker::signalRaised, &machine, &Detect::IncidentStateMachine::handle);
        QSignalSpy raised(&tracker, &Probe::ProbeTracker::signalRaised);
        m_clock->advance(4 * 3600 * 1000);
        tracker.probeBounced(SignalEvent::probeBounced(m_clock->now(), match.token, match.severity, match.status,
                                                       QString::fromUtf8(raw)),
                             match.reason);

        QCOMPARE(raised.count(), 1);
        const SignalEvent event = raised.at(0).at(0).value<SignalEvent>();
        QCOMPARE(event.kind, SignalEvent::Kind::ProbeBounced);
        QCOMPARE(event.severity, Severity::Transient);
        QCOMPARE(event.evidence, QString::fromUtf8(raw));
        QCOMPARE(machine.state(), IncidentState::Suspect);
        const auto timeline = incidents.timeline(machine.mailIncident()->id);
        QVERIFY(std::any_of(timeline.begin(), timeline.end(), [](const Store::IncidentEventRecord &line) {
            return line.name == u"probe-bounced" && line.evidence.contains(u"Action: delayed");
        }));
        const std::optional<Store::ProbeRecord> stored = m_probes->probe(Token);
        QCOMPARE(stored->delayed, m_clock->now());
        QVERIFY(!stored->bounced.isValid());
        QCOMPARE(stored->bounceStatus, QStringLiteral("4.2.0"));
        QVERIFY(stored->bounceDsn.contains(u"Will-Retry-Until"));
        // Still in flight: a queued probe may yet arrive.
        QVERIFY(stored->isOutstanding());
        QCOMPARE(tracker.outstandingCount(), 1);
    }

    void aDelayReportIsOldNewsOnceTheProbeArrivedOrWasReported()
    {
        Probe::ProbeTracker &tracker = trackerWithOneProbe();
        QSignalSpy raised(&tracker, &Probe::ProbeTracker::signalRaised);
        delayed(tracker, 5);
        delayed(tracker, 5); // a second warning from a relay that repeats them
        QCOMPARE(raised.count(), 1);
        m_clock->advance(60 * 1000);
        tracker.probeArrived(Token, m_clock->now());
        QCOMPARE(raised.count(), 2);

        trackerWithOneProbe();
        QSignalSpy late(m_tracker.get(), &Probe::ProbeTracker::signalRaised);
        m_tracker->probeArrived(Token, Start.addSecs(60));
        delayed(*m_tracker, 2); // written before the arrival, read after it
        QCOMPARE(late.count(), 1);
        QCOMPARE(late.at(0).at(0).value<SignalEvent>().kind, SignalEvent::Kind::ProbeArrived);
    }

    void aFailureAfterADelayStillCounts()
    {
        Probe::ProbeTracker &tracker = trackerWithOneProbe();
        QSignalSpy raised(&tracker, &Probe::ProbeTracker::signalRaised);
        delayed(tracker, 240);
        m_clock->advance(5 * 24 * 3600 * 1000LL);
        tracker.probeBounced(SignalEvent::probeBounced(m_clock->now(), Token, Severity::Permanent, "4.4.7",
                                                       QStringLiteral("Action: failed")),
                             QStringLiteral("expired"));
        QCOMPARE(raised.count(), 2);
        QCOMPARE(raised.at(1).at(0).value<SignalEvent>().severity, Severity::Permanent);
        const std::optional<Store::ProbeRecord> stored = m_probes->probe(Token);
        QVERIFY(stored->delayed.isValid() && stored->bounced.isValid());
        QCOMPARE(stored->bounceStatus, QStringLiteral("4.4.7"));
        QCOMPARE(tracker.outstandingCount(), 0);
        // ...but only once.
        tracker.probeBounced(SignalEvent::probeBounced(m_clock->now(), Token, Severity::Permanent, "5.4.7", {}), {});
        QCOMPARE(raised.count(), 2);
    }
};

QTEST_GUILESS_MAIN(ProbeTrackerTest)
#include "ProbeTrackerTest.moc"
