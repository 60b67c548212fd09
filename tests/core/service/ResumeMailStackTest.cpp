#include "../../support/MailStack.h"
#include "../../support/ProcessRunner.h"
#include "detect/IncidentState.h"
#include "imap/WireTranscript.h"
#include "secrets/EnvironmentSecretStore.h"
#include "service/DetectionPipeline.h"
#include "service/MonitorService.h"
#include "smtp/ProbeMessage.h"
#include "smtp/SubmissionClient.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/Journal.h"
#include "store/ProbeRepository.h"
#include "store/WatchPositionRepository.h"
#include "watch/MailboxAccess.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vigie;
using Detect::IncidentState;
using Service::MonitorService;

// The service stopped and started again on the real Dovecot + Postfix stack: what came while
// it was away is seen once, in both mailboxes; a bounce found so is a suspicion a live probe
// settles; arrived probes leave the INBOX by the way the owner chose.
class ResumeMailStackTest : public QObject
{
    Q_OBJECT

private:
    MailStack m_stack;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Secrets::EnvironmentSecretStore> m_secrets;
    std::unique_ptr<MonitorService> m_service;
    std::unique_ptr<Imap::WireTranscript> m_primaryWire;
    std::unique_ptr<Imap::WireTranscript> m_removalWire;
    QList<IncidentState> m_states;

    Config::Settings settings(const QString &probeFolder = {}) const
    {
        Config::Settings settings;
        settings.primary = m_stack.primaryAccount();
        settings.backup = m_stack.backupAccount();
        settings.detection.probeFolder = probeFolder;
        return settings;
    }

    // Watching with the database of this test, each IMAP session of interest recorded afresh,
    // with the states the incident machine goes through.
    void startService(const Config::Settings &settings, qint64 firstProbeDelayMs = 0, qint64 probeIntervalMs = 2'000)
    {
        m_service = std::make_unique<MonitorService>(settings, m_dir->filePath(QStringLiteral("vigie.sqlite")));
        m_service->setSecretStore(m_secrets.get());
        Service::DetectionPipeline::Timing timing;
        timing.probeIntervalMs = probeIntervalMs;
        timing.firstProbeDelayMs = firstProbeDelayMs;
        timing.overdueMs = 60'000;
        timing.removalBatchMs = 200;
        timing.backoffMinimumMs = 300;
        timing.backoffMaximumMs = 1'000;
        m_service->setTiming(timing, 200);
        m_primaryWire = std::make_unique<Imap::WireTranscript>();
        m_removalWire = std::make_unique<Imap::WireTranscript>();
        m_states.clear();
        connect(m_service.get(), &MonitorService::incidentStateChanged, this,
                [this](IncidentState, IncidentState to) { m_states.append(to); });
        connect(m_service.get(), &MonitorService::imapSessionCreated, m_primaryWire.get(),
                [this](const QString &role, Imap::Session *session) {
                    if (role == u"primary")
                        m_primaryWire->record(session);
                    else if (role == u"removal")
                        m_removalWire->record(session);
                });
        QSignalSpy watching(m_service.get(), &MonitorService::watchingStarted);
        m_service->start();
        QVERIFY(watching.wait(10'000));
    }

    QList<Store::ProbeRecord> probes() const
    {
        return Store::ProbeRepository(*m_service->database()).sentSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }

    qsizetype count(bool (*what)(const Store::ProbeRecord &)) const
    {
        const QList<Store::ProbeRecord> all = probes();
        return std::count_if(all.begin(), all.end(), what);
    }

    static bool arrived(const Store::ProbeRecord &probe) { return probe.arrived.isValid(); }
    static bool removed(const Store::ProbeRecord &probe) { return probe.removed.isValid(); }

    // A probe as the scheduler sends it, submitted while no Vigie runs: stored as sent at sentAt, then sent.
    QString sendProbeWhileStopped(const QDateTime &sentAt = QDateTime::currentDateTimeUtc())
    {
        const QString backup = m_stack.value("BACKUP_ADDRESS");
        const Smtp::ProbeMessage probe =
            Smtp::ProbeMessage::build(backup, m_stack.value("OWNER_ADDRESS"), QDateTime::currentDateTimeUtc());
        {
            Store::Database database;
            if (!database.open(m_dir->filePath(QStringLiteral("vigie.sqlite"))))
                return {};
            Store::ProbeRepository repository(database);
            Store::ProbeRecord record;
            record.token = probe.token();
            record.sent = sentAt;
            repository.insert(record);
            repository.setSubmission(probe.token(), QStringLiteral("accepted"), {}, QStringLiteral("250"), {}, {});
        }
        Smtp::SubmissionClient client;
        client.setServer(m_stack.backupAccount().smtp);
        client.setCredentials({backup, m_stack.password()});
        QSignalSpy finished(&client, &Smtp::SubmissionClient::finished);
        if (!client.submit(probe.envelope(), probe.bytes()) || !finished.wait(10'000))
            return {};
        return finished.constFirst().constFirst().value<Smtp::SubmissionResult>().isAccepted() ? probe.token()
                                                                                               : QString();
    }

    // The messages of the owner's folder (Maildir++ ".name") that contain needle; Dovecot's
    // index files beside them hold cached headers too.
    QStringList inFolder(const QString &folder, const QByteArray &needle) const
    {
        QStringList found;
        const QString root = m_stack.value("MAILSTACK_MAIL_ROOT") + QStringLiteral("/primary.test/owner/Maildir/.");
        for (const QString &part : {QStringLiteral("/cur"), QStringLiteral("/new")}) {
            for (QDirIterator it(root + folder + part, QDir::Files); it.hasNext();) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                    found.append(file.fileName());
            }
        }
        return found;
    }

    // The signals of the one incident so far named so, oldest first.
    QList<Store::IncidentEventRecord> signalsOfTheIncident(const QString &name) const
    {
        Store::IncidentRepository repository(*m_service->database());
        const QList<Store::IncidentRecord> all = repository.incidentsSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        QList<Store::IncidentEventRecord> found;
        for (const Store::IncidentEventRecord &event : repository.timeline(all.size() == 1 ? all[0].id : -1)) {
            if (event.type == u"signal" && event.name == name)
                found.append(event);
        }
        return found;
    }

    bool createFolder(const QString &name) const
    {
        const ProcessResult result =
            runProcess(QStringLiteral("curl"),
                       {QStringLiteral("-sS"), QStringLiteral("--cacert"), m_stack.caFile(), QStringLiteral("-u"),
                        m_stack.value("OWNER_ADDRESS") + u':' + m_stack.password(),
                        QStringLiteral("imaps://%1:%2/")
                            .arg(m_stack.value("PRIMARY_IMAPS_HOST"), m_stack.value("PRIMARY_IMAPS_PORT")),
                        QStringLiteral("-X"), QStringLiteral("CREATE ") + name});
        if (result.exitCode != 0)
            qWarning().noquote() << result.out << result.err;
        return result.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!m_stack.load(&why))
            QSKIP(qPrintable(why));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("VIGIE_PRIMARY_PASSWORD"), m_stack.password());
        environment.insert(QStringLiteral("VIGIE_BACKUP_PASSWORD"), m_stack.password());
        m_secrets = std::make_unique<Secrets::EnvironmentSecretStore>(environment);
    }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void cleanup()
    {
        QString ignored;
        m_stack.fault(QStringLiteral("normal"), &ignored); // even when the test failed
        m_service.reset();
        m_primaryWire.reset();
        m_removalWire.reset();
    }

    void whatCameWhileStoppedIsSeenOnceOnRestart()
    {
        startService(settings());
        QTRY_VERIFY_WITH_TIMEOUT(count(arrived) >= 1, 10'000); // watching, with a position saved
        m_service->stop();

        const QString token = sendProbeWhileStopped();
        QVERIFY(!token.isEmpty());
        const QString subject = QStringLiteral("while away %1").arg(QDateTime::currentMSecsSinceEpoch());
        QString error;
        QVERIFY2(m_stack.sendToOwner(subject, &error), qPrintable(error));
        const QString owner = QStringLiteral("owner");
        const QString domain = QStringLiteral("primary.test");
        QTRY_VERIFY_WITH_TIMEOUT(!m_stack.mailContaining(domain, owner, token.toLatin1()).isEmpty()
                                     && !m_stack.mailContaining(domain, owner, subject.toUtf8()).isEmpty(),
                                 10'000);
        const QDateTime delivered = QDateTime::currentDateTimeUtc();

        startService(settings());
        const auto late = [this, &token] {
            return *Store::ProbeRepository(*m_service->database()).probe(token);
        };
        QTRY_VERIFY_WITH_TIMEOUT(late().arrived.isValid() && late().removed.isValid(), 10'000);
        const Store::ProbeRecord probe = late();
        // Timed by the server's INTERNALDATE, not by when Vigie came back.
        QVERIFY2(probe.arrived <= delivered, qPrintable(probe.arrived.toString(Qt::ISODateWithMs)));
        QVERIFY(probe.roundTripMs >= 0 && probe.roundTripMs <= probe.sent.msecsTo(delivered));
        QVERIFY(m_stack.mailContaining(domain, owner, token.toLatin1()).isEmpty());
        const QStringList ordinary = m_stack.mailContaining(domain, owner, subject.toUtf8());
        QCOMPARE(ordinary.size(), 1);
        const QString flags = ordinary.constFirst().section(QStringLiteral(":2,"), 1);
        QVERIFY2(!flags.contains(u'T') && !flags.contains(u'S'), qPrintable(ordinary.constFirst()));
        const QByteArray quoted = '"' + subject.toUtf8() + '"'; // as ENVELOPE quotes it
        QCOMPARE(m_primaryWire->toText().count(quoted), 1);
        QVERIFY(!m_primaryWire->sentAnyOf({"STORE", "EXPUNGE", "COPY", "MOVE", "APPEND", "SELECT"}));
        m_service->stop();

        startService(settings());
        const qsizetype before = count(arrived);
        QTRY_VERIFY_WITH_TIMEOUT(count(arrived) > before, 10'000); // past the catch-up, watching live
        QVERIFY(!m_primaryWire->toText().contains(quoted));
        QCOMPARE(late().arrived, probe.arrived);
    }

    // A probe of an earlier run bounced twenty minutes ago while Vigie was stopped; on restart the
    // backup mailbox's watch resumes and finds the bounce: Suspect with the DSN kept, and the extra
    // probe it asks for settles it (no other probe is due for ten minutes).
    void aBounceFoundOnRestartIsSuspectUntilALiveProbeSettlesIt_data()
    {
        QTest::addColumn<bool>("repaired");
        QTest::addColumn<IncidentState>("settled");
        QTest::newRow("fault still on") << false << IncidentState::Outage;
        QTest::newRow("fault repaired") << true << IncidentState::Healthy;
    }
    void aBounceFoundOnRestartIsSuspectUntilALiveProbeSettlesIt()
    {
        QFETCH(bool, repaired);
        QFETCH(IncidentState, settled);
        constexpr qint64 TenMinutes = 10 * 60 * 1000;
        const Config::Settings both = settings();
        startService(both, 0, TenMinutes);
        QTRY_VERIFY_WITH_TIMEOUT(count(arrived) == 1, 10'000); // the one probe of this run
        const Watch::MailboxAccess backup = Watch::MailboxAccess::fromSettings(both.backup, {});
        QVERIFY(Store::WatchPositionRepository(*m_service->database())
                    .position(backup.session.host, backup.credentials.username, QString::fromUtf8(backup.mailbox)));
        m_service->stop();

        QString error;
        QVERIFY2(m_stack.fault(QStringLiteral("reject-owner"), &error), qPrintable(error));
        const QDateTime stopped = QDateTime::currentDateTimeUtc();
        const QString token = sendProbeWhileStopped(stopped.addSecs(-30 * 60));
        QVERIFY(!token.isEmpty());
        const auto bounceFiles = [this, &token] {
            return m_stack.mailContaining(QStringLiteral("backup.test"), QStringLiteral("owner"), token.toLatin1());
        };
        QTRY_VERIFY_WITH_TIMEOUT(!bounceFiles().isEmpty(), 10'000);
        QVERIFY(!m_stack
                     .backdate(QStringLiteral("backup.test"), QStringLiteral("owner"), bounceFiles().constFirst(),
                               stopped.addSecs(-20 * 60))
                     .isEmpty());
        if (repaired)
            QVERIFY2(m_stack.fault(QStringLiteral("normal"), &error), qPrintable(error));

        const QDateTime restarted = QDateTime::currentDateTimeUtc();
        QElapsedTimer clock;
        clock.start();
        startService(both, TenMinutes, TenMinutes);
        QTRY_VERIFY_WITH_TIMEOUT(!m_states.isEmpty(), 10'000);
        QCOMPARE(m_states.constFirst(), IncidentState::Suspect);
        const qint64 suspectMs = clock.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(m_service->incidentState(), settled, 20'000);
        qInfo() << "Suspect" << suspectMs << "ms after the restart," << QTest::currentDataTag() << clock.elapsed()
                << "ms";
        QCOMPARE(m_states, (QList<IncidentState>{IncidentState::Suspect, settled}));

        const Store::ProbeRecord earlier = *Store::ProbeRepository(*m_service->database()).probe(token);
        QVERIFY2(earlier.bounced.isValid() && earlier.bounced <= restarted, qPrintable(earlier.bounced.toString()));
        QCOMPARE(earlier.bounceStatus, QStringLiteral("5.1.1"));
        QVERIFY(earlier.bounceDsn.contains(token));
        const QList<Store::IncidentEventRecord> bounced = signalsOfTheIncident(QStringLiteral("probe-bounced"));
        QVERIFY(!bounced.isEmpty());
        QVERIFY(bounced[0].evidence.contains(token));
        QVERIFY2(bounced[0].detail.contains(QStringLiteral("\"foundLate\":true")), qPrintable(bounced[0].detail));
        QVERIFY(bounced[0].detail.contains(QStringLiteral("\"happened\"")));

        // Exactly one probe sent since the restart: the extra one, and it settled the question.
        QList<Store::ProbeRecord> extra = probes();
        extra.removeIf([&](const Store::ProbeRecord &probe) { return probe.sent < restarted; });
        QCOMPARE(extra.size(), 1);
        if (repaired) {
            QVERIFY(extra[0].arrived.isValid());
            QCOMPARE(bounced.size(), 1);
        } else {
            QVERIFY(extra[0].bounced.isValid());
            QCOMPARE(bounced.size(), 2);
            QVERIFY(bounced[1].evidence.contains(extra[0].token));
            QVERIFY(!bounced[1].detail.contains(QStringLiteral("foundLate")));
        }
    }

    void movesArrivedProbesToTheOwnersFolder()
    {
        const QString folder = QStringLiteral("Probes%1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(createFolder(folder));
        startService(settings(folder));
        QTRY_VERIFY_WITH_TIMEOUT(count(removed) >= 1, 15'000);
        for (const Store::ProbeRecord &probe : probes()) {
            if (!probe.removed.isValid())
                continue;
            QCOMPARE(inFolder(folder, probe.token.toLatin1()).size(), 1);
            QVERIFY(
                m_stack.mailContaining(QStringLiteral("primary.test"), QStringLiteral("owner"), probe.token.toLatin1())
                    .isEmpty());
        }
        QVERIFY(m_removalWire->sentAnyOf({"MOVE"}));
        QVERIFY(!m_removalWire->sentAnyOf({"STORE", "EXPUNGE", "COPY", "CREATE"}));
    }

    void leavesProbesInTheInboxWhenTheFolderIsMissing()
    {
        const QString folder = QStringLiteral("Missing%1").arg(QDateTime::currentMSecsSinceEpoch());
        startService(settings(folder));
        const auto told = [this] {
            const QList<Store::Journal::Entry> entries =
                Store::Journal(*m_service->database()).entriesSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
            return std::count_if(entries.begin(), entries.end(),
                                 [](const Store::Journal::Entry &entry) { return entry.kind == u"probe-removal"; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(told(), 1, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(count(arrived) >= 2, 10'000);
        QCOMPARE(told(), 1); // once a run, not once a probe
        const QList<Store::ProbeRecord> all = probes();
        const Store::ProbeRecord first = *std::find_if(all.begin(), all.end(), arrived);
        QVERIFY(!first.removed.isValid());
        QCOMPARE(m_stack.mailContaining(QStringLiteral("primary.test"), QStringLiteral("owner"), first.token.toLatin1())
                     .size(),
                 1);
        QVERIFY(!m_removalWire->sentAnyOf({"STORE", "EXPUNGE", "CREATE"}));
    }
};

QTEST_GUILESS_MAIN(ResumeMailStackTest)
#include "ResumeMailStackTest.moc"
