#include "../../support/MailStack.h"
#include "detect/IncidentState.h"
#include "detect/SilenceWatch.h"
#include "imap/WireTranscript.h"
#include "secrets/EnvironmentSecretStore.h"
#include "service/DetectionPipeline.h"
#include "service/MonitorService.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/ProbeRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vigie;
using Detect::AccessState;
using Detect::IncidentState;
using Service::MonitorService;

// End to end on the real Dovecot + Postfix stack: the monitor service with short probe times
// against each fault of the primary provider, and back to normal.
class DetectionMailStackTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int ProbeIntervalMs = 3'000;
    static constexpr int OverdueMs = 8'000;

    MailStack m_stack;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Secrets::EnvironmentSecretStore> m_secrets;
    std::unique_ptr<MonitorService> m_service;
    std::unique_ptr<Imap::WireTranscript> m_watcherWire;
    std::unique_ptr<Imap::WireTranscript> m_removalWire;
    std::unique_ptr<Imap::WireTranscript> m_reportWire;
    QList<IncidentState> m_states;
    QElapsedTimer m_clock;

    // An address and port of the stack's where nothing listens: connections are refused.
    static inline const QString RefusingHost = QStringLiteral("127.0.0.2");
    static quint16 refusingPort()
    {
        QTcpServer closed;
        return closed.listen(QHostAddress(RefusingHost)) ? closed.serverPort() : 1;
    }

    Config::Settings settings() const
    {
        Config::Settings settings;
        settings.primary = m_stack.primaryAccount();
        settings.backup = m_stack.backupAccount();
        settings.detection.accessGraceMinutes = 0;
        settings.detection.recoveryCoolDownMinutes = 0;
        settings.detection.recoveryConfirmations = 2;
        return settings;
    }

    bool setFault(const QString &name)
    {
        QString error;
        if (m_stack.fault(name, &error))
            return true;
        qWarning().noquote() << error;
        return false;
    }

    // A fresh service and database, watching, with one probe round trip done.
    void startService() { startService(settings()); }
    void startService(const Config::Settings &settings)
    {
        launchService(settings);
        QTRY_VERIFY_WITH_TIMEOUT(arrivedProbes() >= 1, 10'000);
        QCOMPARE(m_service->incidentState(), IncidentState::Healthy);
    }
    // A fresh service and database, started, whatever it can reach.
    void launchService(const Config::Settings &settings)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("VIGIE_PRIMARY_PASSWORD"), m_stack.password());
        environment.insert(QStringLiteral("VIGIE_BACKUP_PASSWORD"), m_stack.password());
        m_secrets = std::make_unique<Secrets::EnvironmentSecretStore>(environment);
        m_service = std::make_unique<MonitorService>(settings, m_dir->filePath(QStringLiteral("vigie.sqlite")));
        m_service->setSecretStore(m_secrets.get());
        Service::DetectionPipeline::Timing timing;
        timing.probeIntervalMs = ProbeIntervalMs;
        timing.firstProbeDelayMs = 0;
        timing.overdueMs = OverdueMs;
        timing.removalBatchMs = 300;
        timing.backoffMinimumMs = 300;
        timing.backoffMaximumMs = 1'000;
        m_service->setTiming(timing, 200);
        m_watcherWire = std::make_unique<Imap::WireTranscript>();
        m_removalWire = std::make_unique<Imap::WireTranscript>();
        m_reportWire = std::make_unique<Imap::WireTranscript>();
        m_states.clear();
        connect(m_service.get(), &MonitorService::incidentStateChanged, this,
                [this](IncidentState, IncidentState to) { m_states.append(to); });
        connect(m_service.get(), &MonitorService::imapSessionCreated, m_watcherWire.get(),
                [this](const QString &role, Imap::Session *session) {
                    if (role == u"primary")
                        m_watcherWire->record(session);
                    else if (role == u"removal")
                        m_removalWire->record(session);
                    else if (role == u"primary-bounces")
                        m_reportWire->record(session);
                });
        QSignalSpy watching(m_service.get(), &MonitorService::watchingStarted);
        m_service->start();
        QCOMPARE(m_service->state(), MonitorService::State::Running);
        QVERIFY(watching.wait(5'000));
    }

    QList<Store::ProbeRecord> probes() const
    {
        return Store::ProbeRepository(*m_service->database()).sentSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }

    // How many probes have this moment of their life recorded (arrived, removed, ...).
    int probesWith(QDateTime Store::ProbeRecord::*moment) const
    {
        const QList<Store::ProbeRecord> all = probes();
        return int(std::count_if(all.begin(), all.end(),
                                 [moment](const Store::ProbeRecord &p) { return (p.*moment).isValid(); }));
    }
    int arrivedProbes() const { return probesWith(&Store::ProbeRecord::arrived); }

    // The one incident so far holds a probe-bounced signal whose evidence contains this text.
    bool bounceInTimeline(const QString &text) const
    {
        const QList<Store::IncidentRecord> all = incidents();
        if (all.size() != 1)
            return false;
        const QList<Store::IncidentEventRecord> timeline =
            Store::IncidentRepository(*m_service->database()).timeline(all[0].id);
        return std::any_of(timeline.begin(), timeline.end(), [&text](const Store::IncidentEventRecord &event) {
            return event.name == u"probe-bounced" && event.evidence.contains(text);
        });
    }

    QList<Store::IncidentRecord> incidents() const
    {
        return Store::IncidentRepository(*m_service->database())
            .incidentsSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }

    // After `normal`: Healthy again, the incident closed with its timeline.
    void verifyRecovery(const QString &kind)
    {
        m_clock.start();
        QVERIFY(setFault(QStringLiteral("normal")));
        QTRY_COMPARE_WITH_TIMEOUT(m_service->incidentState(), IncidentState::Healthy, 4 * ProbeIntervalMs + 5'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->accessState(), AccessState::Ok, 10'000);
        qInfo().noquote() << kind + QStringLiteral(": healthy with access again") << m_clock.elapsed()
                          << "ms after `fault normal` was issued";
        const QList<Store::IncidentRecord> all = incidents();
        QVERIFY(!all.isEmpty());
        Store::IncidentRepository repository(*m_service->database());
        for (const Store::IncidentRecord &incident : all) {
            QVERIFY2(!incident.isOpen(), qPrintable(incident.kind));
            QVERIFY(repository.timeline(incident.id).size() >= 2);
        }
    }

    // The report with this subject was read whole from the primary INBOX, and judged: the session
    // that fetched it logs out once every report it fetched is handled.
    bool reportHandled(const QString &subject) const
    {
        const QByteArray text = m_reportWire->toText();
        const qsizetype read = text.indexOf(subject.toUtf8());
        return read >= 0 && text.indexOf(" LOGOUT\n", read) > read;
    }

    // Moves into the INBOX a report, delivered then, that mail to the owner failed for good, as the
    // owner's own mail to themself brings back. Returns its subject, empty on failure.
    QString moveInOwnerBounce(const QDateTime &delivered) const
    {
        const QString subject = QStringLiteral("Undelivered Mail %1").arg(QDateTime::currentMSecsSinceEpoch());
        const QByteArray owner = m_stack.value("OWNER_ADDRESS").toUtf8();
        const QByteArray report = "From: Mail Delivery System <MAILER-DAEMON@primary.test>\r\nTo: " + owner
            + "\r\nSubject: " + subject.toUtf8()
            + "\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
              "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n"
              "--r\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
              "--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.primary.test\r\n\r\n"
              "Final-Recipient: rfc822; "
            + owner
            + "\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n--r--\r\n";
        return m_stack.moveIn(QStringLiteral("primary.test"), QStringLiteral("owner"), report, delivered).isEmpty()
            ? QString()
            : subject;
    }

    void verifyWatcherNeverWrote() const
    {
        QVERIFY(!m_watcherWire->lines().isEmpty());
        QVERIFY2(!m_watcherWire->sentAnyOf({"STORE", "EXPUNGE", "COPY", "MOVE", "APPEND", "SELECT"}),
                 m_watcherWire->toText().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!m_stack.load(&why))
            QSKIP(qPrintable(why));
        QVERIFY(setFault(QStringLiteral("normal")));
    }

    void cleanup()
    {
        setFault(QStringLiteral("normal")); // even when the test failed
        if (m_service)
            m_service->stop();
        m_service.reset();
        m_watcherWire.reset();
        m_removalWire.reset();
        m_reportWire.reset();
    }

    void arrivedProbesAreRemovedAndOtherMailIsNot()
    {
        startService();
        QList<Detect::TimedArrival> counted;
        connect(m_service->pipeline(), &Service::DetectionPipeline::arrivalCounted, this,
                [&counted](const Detect::TimedArrival &arrival) { counted.append(arrival); });
        const QString subject = QStringLiteral("ordinary %1").arg(QDateTime::currentMSecsSinceEpoch());
        QString error;
        QVERIFY2(m_stack.sendToOwner(subject, &error), qPrintable(error));
        QVERIFY2(m_stack.sendToOwner(QStringLiteral("newsletter"), &error,
                                     "List-Unsubscribe: <mailto:leave@lists.example>\r\n"),
                 qPrintable(error));
        const QByteArray owner = "owner";
        QTRY_VERIFY_WITH_TIMEOUT(arrivedProbes() >= 2, 2 * ProbeIntervalMs + 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(probesWith(&Store::ProbeRecord::removed) >= 2, 10'000);
        for (const Store::ProbeRecord &probe : probes()) {
            if (probe.removed.isValid())
                QVERIFY2(m_stack
                             .mailContaining(QStringLiteral("primary.test"), QString::fromLatin1(owner),
                                             probe.token.toLatin1())
                             .isEmpty(),
                         qPrintable(probe.token));
        }
        QCOMPARE(
            m_stack.mailContaining(QStringLiteral("primary.test"), QString::fromLatin1(owner), subject.toUtf8()).size(),
            1);
        // The silence model learns from the two messages, the newsletter as bulk mail, and from no probe.
        QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 2, 5'000);
        const auto fromBulkSender = [](const Detect::TimedArrival &arrival) {
            return arrival.origin == Detect::ArrivalOrigin::BulkSender;
        };
        QCOMPARE(std::count_if(counted.cbegin(), counted.cend(), fromBulkSender), 1);
        const Store::ProbeRecord first = probes().constFirst();
        QCOMPARE(first.outcome, QStringLiteral("accepted"));
        QVERIFY(first.smtpReplies.contains(QStringLiteral("C: RCPT TO:")));
        QVERIFY(first.roundTripMs >= 0);
        qInfo() << "probe round trip" << first.roundTripMs << "ms";
        verifyWatcherNeverWrote();
        // The remover re-reads each message's X-Vigie-Probe before it touches it, and expunges
        // only those UIDs.
        QStringList removal;
        for (const QByteArray &command : m_removalWire->clientCommands())
            removal.append(QString::fromLatin1(command.left(command.indexOf(' ', 4))));
        QVERIFY2(removal.contains(u"SELECT") && removal.contains(u"UID FETCH") && removal.contains(u"UID STORE")
                     && removal.contains(u"UID EXPUNGE"),
                 qPrintable(removal.join(u'|')));
        QVERIFY(removal.indexOf(u"UID FETCH") < removal.indexOf(u"UID STORE"));
        QVERIFY(m_removalWire->toText().contains("BODY.PEEK[HEADER.FIELDS (X-Vigie-Probe)]"));
        QVERIFY(!m_removalWire->sentAnyOf({"COPY", "APPEND"}));
        QVERIFY(!m_removalWire->clientCommands().contains("EXPUNGE"));
    }

    // A probe a server could not delete stays in the INBOX: the history learned at start skips
    // it, as the live watch does, or every restart would teach a rate no mail ever meets.
    void probesLeftInTheInboxAreNotLearnedAsHistory()
    {
        const QString domain = QStringLiteral("primary.test"), owner = QStringLiteral("owner");
        QString error;
        const QString subject = QStringLiteral("before the start %1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(m_stack.sendToOwner(subject, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!m_stack.mailContaining(domain, owner, subject.toUtf8()).isEmpty(), 10'000);
        // INTERNALDATE counts seconds: the probe comes in a later one than the letter.
        const qint64 letterSeen = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > letterSeen, 2'000);
        const qint64 probeSentMs = QDateTime::currentSecsSinceEpoch() * 1000;
        const QByteArray token = "left-behind-" + QByteArray::number(probeSentMs);
        QVERIFY2(m_stack.sendToOwner(QStringLiteral("left behind"), &error, "X-Vigie-Probe: " + token + "\r\n"),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!m_stack.mailContaining(domain, owner, token).isEmpty(), 10'000);

        startService();
        const Detect::SilenceWatch &silence = m_service->pipeline()->silence();
        QTRY_VERIFY_WITH_TIMEOUT(silence.detector().lastArrival().has_value(), 10'000); // the history is learned
        QVERIFY2(*silence.detector().lastArrival() < probeSentMs,
                 qPrintable(QDateTime::fromMSecsSinceEpoch(*silence.detector().lastArrival(), Qt::UTC).toString()));
    }

    // Started before the network is up, Vigie reads the mailbox's history once it can, instead of
    // learning from new mail only for two weeks.
    void theHistoryIsReadOnceTheMailboxCanBeReached()
    {
        QString error;
        const QString subject = QStringLiteral("history %1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(m_stack.sendToOwner(subject, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_stack.mailContaining(QStringLiteral("primary.test"), QStringLiteral("owner"), subject.toUtf8())
                 .isEmpty(),
            10'000);
        QVERIFY(setFault(QStringLiteral("imap-down")));
        launchService(settings());
        QTRY_VERIFY_WITH_TIMEOUT(m_service->accessState() != AccessState::Ok, 5'000); // history failed too
        const Detect::SilenceWatch &silence = m_service->pipeline()->silence();
        QVERIFY(!silence.detector().lastArrival());
        QVERIFY(setFault(QStringLiteral("normal")));
        QTRY_VERIFY_WITH_TIMEOUT(silence.detector().lastArrival().has_value(), 15'000);
    }

    // Before calling a silence, Vigie looks at the mailbox afresh rather than trust a quiet IDLE:
    // a connection that died unnoticed (a laptop waking up) would hide the mail that came.
    void aSilenceIsCalledOnlyOnAMailboxJustLookedAt()
    {
        Config::Settings withoutProbes = settings(); // nothing else makes the watcher look
        withoutProbes.backup = {};
        launchService(withoutProbes);
        const Detect::SilenceWatch &silence = m_service->pipeline()->silence();
        QTRY_VERIFY_WITH_TIMEOUT(silence.canActAt(QDateTime::currentDateTimeUtc()), 5'000); // seen on connecting
        const auto searches = [this] {
            const QList<QByteArray> commands = m_watcherWire->clientCommands();
            return std::count_if(commands.cbegin(), commands.cend(),
                                 [](const QByteArray &command) { return command.startsWith("UID SEARCH"); });
        };
        const auto before = searches();
        QVERIFY(!silence.canActAt(QDateTime::currentDateTimeUtc().addSecs(5 * 60)));
        QTRY_VERIFY_WITH_TIMEOUT(searches() > before, 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(silence.canActAt(QDateTime::currentDateTimeUtc()), 5'000);
    }

    // A backup account that cannot send probes leaves the silence to judge alone, until it can again.
    void probesAreUnavailableWhileTheBackupCannotSendThem()
    {
        Config::Settings unsent = settings();
        unsent.backup.smtp.host = RefusingHost;
        unsent.backup.smtp.port = refusingPort();
        launchService(unsent);
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->probesAvailable(), 10'000);
    }

    // A backup mailbox that cannot be watched hides the bounces of probes, not the probes.
    void probesGoOutWhenTheBackupMailboxCannotBeWatched()
    {
        Config::Settings unwatched = settings();
        unwatched.backup.imap.host = RefusingHost;
        unwatched.backup.imap.port = refusingPort();
        startService(unwatched); // one probe made the round trip
    }

    void rejectedOwnerIsAnOutageWithTheDsnAsEvidence()
    {
        startService();
        QSignalSpy outage(m_service.get(), &MonitorService::outageDeclared);
        QVERIFY(setFault(QStringLiteral("reject-owner")));
        m_clock.start();
        QVERIFY(outage.wait(ProbeIntervalMs + 5'000));
        const qint64 sinceFault = m_clock.elapsed();
        const QDateTime declared = QDateTime::currentDateTimeUtc();
        QCOMPARE(m_service->incidentState(), IncidentState::Outage);
        Store::ProbeRecord bounced;
        for (const Store::ProbeRecord &probe : probes()) {
            if (probe.bounced.isValid())
                bounced = probe;
        }
        QVERIFY(bounced.bounced.isValid());
        QCOMPARE(bounced.bounceStatus, QStringLiteral("5.1.1"));
        QVERIFY(bounced.bounceDsn.contains(QStringLiteral("multipart/report")));
        QVERIFY(bounced.bounceDsn.contains(bounced.token));
        QVERIFY(bounceInTimeline(bounced.token));
        qInfo() << "reject-owner: Outage" << sinceFault << "ms after the fault," << bounced.sent.msecsTo(declared)
                << "ms after the probe was sent";
        verifyRecovery(QStringLiteral("reject-owner"));
        QCOMPARE(incidents().constFirst().outcome, QStringLiteral("resolved"));
    }

    // The owner moves an old letter back into the INBOX during an outage: it keeps the date it
    // was delivered, long before, and says nothing of mail flowing now.
    void mailMovedInDoesNotEndAnOutage()
    {
        startService();
        QSignalSpy outage(m_service.get(), &MonitorService::outageDeclared);
        QVERIFY(setFault(QStringLiteral("reject-owner")));
        QVERIFY(outage.wait(ProbeIntervalMs + 5'000));
        QList<Detect::TimedArrival> counted;
        connect(m_service->pipeline(), &Service::DetectionPipeline::arrivalCounted, this,
                [&counted](const Detect::TimedArrival &arrival) { counted.append(arrival); });
        const QDateTime delivered = QDateTime::currentDateTimeUtc().addDays(-30);
        const QByteArray letter = "From: Alice <alice@clients.test>\r\nTo: owner@primary.test\r\n"
                                  "Subject: an old order\r\n\r\nFrom the archive.\r\n";
        QVERIFY(!m_stack.moveIn(QStringLiteral("primary.test"), QStringLiteral("owner"), letter, delivered).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 1, 10'000);
        QCOMPARE(counted.constFirst().atMs / 1000, delivered.toSecsSinceEpoch());
        QCOMPARE(m_service->incidentState(), IncidentState::Outage);
        QVERIFY(!m_states.contains(IncidentState::Recovering));
        verifyRecovery(QStringLiteral("reject-owner, mail moved in"));
    }

    // A report delivered weeks ago, moved back into the INBOX, is history: no incident.
    void anOldBounceMovedInTellsNothingNow()
    {
        startService();
        const QString subject = moveInOwnerBounce(QDateTime::currentDateTimeUtc().addDays(-30));
        QVERIFY(!subject.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(reportHandled(subject), 10'000);
        QCOMPARE(m_service->incidentState(), IncidentState::Healthy);
        QVERIFY(incidents().isEmpty());
    }

    // A report delivered an hour ago tells of then, not of now: Suspect, kept as evidence, and
    // the probe it calls for settles it.
    void aRecentBounceMovedInIsSuspectUntilAProbeSettlesIt()
    {
        startService();
        const QString subject = moveInOwnerBounce(QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(!subject.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_states, QList<IncidentState>{IncidentState::Suspect}, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->incidentState(), IncidentState::Healthy, 2 * ProbeIntervalMs + 5'000);
        QCOMPARE(m_states, (QList<IncidentState>{IncidentState::Suspect, IncidentState::Healthy}));
        const QList<Store::IncidentRecord> all = incidents();
        QCOMPARE(all.size(), 1);
        const QList<Store::IncidentEventRecord> timeline =
            Store::IncidentRepository(*m_service->database()).timeline(all[0].id);
        QVERIFY(std::any_of(timeline.begin(), timeline.end(), [&subject](const Store::IncidentEventRecord &event) {
            return event.name == u"owner-address-bounced" && event.evidence.contains(subject)
                && event.detail.contains(QStringLiteral("\"foundLate\":true"));
        }));
    }

    void blackholeIsAnOutageFromOverdueProbes()
    {
        startService();
        QSignalSpy outage(m_service.get(), &MonitorService::outageDeclared);
        QVERIFY(setFault(QStringLiteral("blackhole")));
        m_clock.start();
        QVERIFY(outage.wait(OverdueMs + 3 * ProbeIntervalMs + 5'000));
        qInfo() << "blackhole: Outage" << m_clock.elapsed() << "ms after the fault";
        QVERIFY(m_states.contains(IncidentState::Suspect));
        const QList<Store::ProbeRecord> all = probes();
        QVERIFY(std::any_of(all.begin(), all.end(), [](const Store::ProbeRecord &p) { return p.overdue.isValid(); }));
        verifyRecovery(QStringLiteral("blackhole"));
    }

    void imapDownIsAnAccessFailure()
    {
        startService();
        QSignalSpy opened(m_service.get(), &MonitorService::incidentOpened);
        QVERIFY(setFault(QStringLiteral("imap-down")));
        m_clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_service->accessState(), AccessState::Down, 5'000);
        qInfo() << "imap-down: access-failure incident" << m_clock.elapsed() << "ms after the fault";
        QVERIFY(!opened.isEmpty());
        QCOMPARE(opened.constLast().at(0).value<Detect::Incident>().kind, Detect::IncidentKind::AccessFailure);
        QVERIFY(!m_states.contains(IncidentState::Outage));
        verifyRecovery(QStringLiteral("imap-down"));
        QVERIFY(!m_states.contains(IncidentState::Outage));
        verifyWatcherNeverWrote();
    }

    // The backup's relay queues the probes and sends a delay DSN for each: Suspect, and the
    // probes overdue meanwhile (two would make an outage otherwise) do not escalate it.
    void deferralIsSuspectThenHealthyNeverOutage()
    {
        startService();
        QVERIFY(setFault(QStringLiteral("defer")));
        const QDateTime faultAt = QDateTime::currentDateTimeUtc();
        m_clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_service->incidentState(), IncidentState::Suspect, ProbeIntervalMs + 5'000);
        qInfo() << "defer: Suspect" << m_clock.elapsed() << "ms after the fault";
        QTRY_VERIFY_WITH_TIMEOUT(probesWith(&Store::ProbeRecord::overdue) >= 2,
                                 OverdueMs + 2 * ProbeIntervalMs + 5'000);
        QCOMPARE(m_service->incidentState(), IncidentState::Suspect);

        Store::ProbeRecord first;
        for (const Store::ProbeRecord &probe : probes()) {
            if (probe.delayed.isValid() && (!first.delayed.isValid() || probe.delayed < first.delayed))
                first = probe;
        }
        QVERIFY(first.delayed.isValid());
        QVERIFY(!first.bounced.isValid());
        QCOMPARE(first.bounceStatus, QStringLiteral("4.2.0"));
        QVERIFY(first.bounceDsn.contains(QStringLiteral("Action: delayed")));
        QVERIFY(first.bounceDsn.contains(first.token));
        qInfo() << "defer: first delay DSN seen" << faultAt.msecsTo(first.delayed) << "ms after the fault,"
                << first.sent.msecsTo(first.delayed) << "ms after its probe was sent";
        QVERIFY(bounceInTimeline(QStringLiteral("Action: delayed")));

        verifyRecovery(QStringLiteral("defer"));
        QVERIFY(!m_states.contains(IncidentState::Outage));
        QCOMPARE(incidents().constFirst().outcome, QStringLiteral("dismissed"));
    }
};

QTEST_GUILESS_MAIN(DetectionMailStackTest)
#include "DetectionMailStackTest.moc"
