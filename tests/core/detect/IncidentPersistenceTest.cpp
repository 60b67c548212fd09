#include "detect/IncidentStateMachine.h"
#include "platform/Clock.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie::Detect;
using Vigie::Platform::ManualClock;
using Vigie::Store::Database;
using Vigie::Store::IncidentRepository;
using Severity = SignalEvent::Severity;

namespace {

const QDateTime Start(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);
const QString RawDsn = QStringLiteral("Reporting-MTA: dns; mx.example\r\nFinal-Recipient: rfc822; owner@example.com\r\n"
                                      "Action: failed\r\nStatus: 5.1.1\r\n");

// What a running Vigie holds: the database, the repository and the machine, built from the file.
struct Service
{
    explicit Service(const QString &path, ManualClock &clock)
    {
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        repository = std::make_unique<IncidentRepository>(database);
        machine = std::make_unique<IncidentStateMachine>(IncidentStateMachine::Options{}, clock,
                                                         IncidentRecorder(repository.get()));
        machine->restore();
    }
    Database database;
    std::unique_ptr<IncidentRepository> repository;
    std::unique_ptr<IncidentStateMachine> machine;
};

// The mailbox cannot be reached from now on; the deadlines are checked this many minutes later.
void accessFailsFor(Service &service, ManualClock &clock, int minutes)
{
    service.machine->handle(SignalEvent::accessFailureStarted(
        clock.now(), Vigie::Net::ServiceError::make(Vigie::Net::ServiceError::Kind::Network, {})));
    clock.advance(qint64(minutes) * 60 * 1000);
    service.machine->checkDeadlines();
}

} // namespace

class IncidentPersistenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anOpenIncidentSurvivesARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("vigie.sqlite"));
        ManualClock clock(Start);
        qint64 incidentId = 0;
        {
            Service before(path, clock);
            QCOMPARE(before.database.schemaVersion(), Vigie::Store::schemaMigrations().constLast().version);
            before.machine->handle(SignalEvent::silenceAlarm(clock.now(), 9.7, 9.2));
            clock.advance(15 * 60 * 1000);
            before.machine->handle(
                SignalEvent::probeBounced(clock.now(), QStringLiteral("tok-1"), Severity::Permanent, "5.1.1", RawDsn));
            QCOMPARE(before.machine->state(), IncidentState::Outage);
            incidentId = before.machine->mailIncident()->id;
            // No orderly shutdown: the service object just goes away, as in a crash.
        }

        clock.advance(60 * 60 * 1000);
        Service after(path, clock);
        QCOMPARE(after.machine->state(), IncidentState::Outage);
        QVERIFY(after.machine->mailIncident());
        QCOMPARE(after.machine->mailIncident()->id, incidentId);
        QCOMPARE(after.machine->mailIncident()->opened, Start);
        QCOMPARE(after.repository->openIncidents().size(), 1);

        // The timeline holds every signal, transition and piece of evidence, with timestamps.
        const auto timeline = after.repository->timeline(incidentId);
        QStringList names;
        for (const auto &event : timeline)
            names.append(event.type + u':' + event.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("transition:silence-alarm"), QStringLiteral("signal:silence-alarm"),
                              QStringLiteral("signal:probe-bounced"), QStringLiteral("transition:probe-bounced")}));
        QCOMPARE(timeline.at(2).evidence, RawDsn);
        QVERIFY(timeline.at(2).detail.contains(u"\"code\":\"5.1.1\""));
        QCOMPARE(timeline.at(3).fromState, QStringLiteral("suspect"));
        QCOMPARE(timeline.at(3).toState, QStringLiteral("outage"));
        QCOMPARE(timeline.at(3).at, Start.addSecs(15 * 60));

        // Recovery after the restart closes the very incident opened before it.
        QSignalSpy closed(after.machine.get(), &IncidentStateMachine::incidentClosed);
        for (int probe = 0; probe < 3; ++probe) {
            clock.advance(5 * 60 * 1000);
            after.machine->handle(SignalEvent::probeArrived(clock.now(), QStringLiteral("tok-%1").arg(probe), 42000));
        }
        after.machine->handle(SignalEvent::mailArrived(clock.now()));
        QCOMPARE(after.machine->state(), IncidentState::Healthy);
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(0).value<Incident>().id, incidentId);
        const auto stored = after.repository->incident(incidentId);
        QVERIFY(stored && !stored->isOpen());
        QCOMPARE(stored->outcome, QStringLiteral("resolved"));
        QCOMPARE(stored->worstState, QStringLiteral("outage"));
        QVERIFY(after.repository->timeline(incidentId).constLast().detail.isEmpty());
        QVERIFY(after.repository->openIncidents().isEmpty());
    }

    void accessStateAndSnoozeSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vigie.sqlite"));
        ManualClock clock(Start);
        {
            Service before(path, clock);
            before.machine->handle(SignalEvent::snoozeRequested(clock.now(), 4));
            accessFailsFor(before, clock, 11);
            QCOMPARE(before.machine->accessState(), AccessState::Down);
        }
        Service after(path, clock);
        QCOMPARE(after.machine->accessState(), AccessState::Down);
        QVERIFY(after.machine->accessIncident());
        QCOMPARE(after.machine->accessIncident()->kind, IncidentKind::AccessFailure);
        QCOMPARE(after.machine->snoozedUntil(), Start.addSecs(4 * 3600));
        after.machine->handle(SignalEvent::accessFailureEnded(clock.now()));
        QVERIFY(after.repository->openIncidents().isEmpty());
    }

    void anAccessFailuresGraceStartsAgainAfterARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vigie.sqlite"));
        ManualClock clock(Start);
        {
            Service before(path, clock);
            accessFailsFor(before, clock, 5);
            QCOMPARE(before.machine->accessState(), AccessState::Failing);
        }
        clock.advance(60 * 60 * 1000); // Vigie was not running: nothing was seen failing
        Service after(path, clock);
        after.machine->checkDeadlines();
        QCOMPARE(after.machine->accessState(), AccessState::Failing);
        clock.advance(9 * 60 * 1000);
        after.machine->checkDeadlines();
        QVERIFY(!after.machine->accessIncident());
        clock.advance(60 * 1000); // the whole grace since the restart
        after.machine->checkDeadlines();
        QCOMPARE(after.machine->accessState(), AccessState::Down);
    }

    void anIncidentTheDatabaseRefusedLeavesStoredOnesAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vigie.sqlite"));
        ManualClock clock(Start);
        Service service(path, clock);
        accessFailsFor(service, clock, 10);
        const qint64 stored = service.machine->accessIncident()->id;
        const qsizetype storedEvents = service.repository->timeline(stored).size();

        QSqlQuery reject(service.database.connection());
        QVERIFY(reject.exec(QStringLiteral("CREATE TRIGGER refuse_incidents BEFORE INSERT ON incidents "
                                           "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        service.machine->handle(SignalEvent::outageDeclared(clock.now()));
        QVERIFY(service.machine->mailIncident()->id < 0);
        service.machine->handle(SignalEvent::resolvedDeclared(clock.now()));

        const auto incident = service.repository->incident(stored);
        QVERIFY(incident && incident->isOpen());
        QCOMPARE(incident->kind, QStringLiteral("access-failure"));
        QCOMPARE(service.repository->timeline(stored).size(), storedEvents);
    }

    void aKnownDeferralAndItsGraceSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vigie.sqlite"));
        ManualClock clock(Start);
        {
            Service before(path, clock);
            before.machine->handle(SignalEvent::probeBounced(clock.now(), QStringLiteral("tok-1"), Severity::Transient,
                                                             "4.2.0", QStringLiteral("Action: delayed")));
            QCOMPARE(before.machine->state(), IncidentState::Suspect);
        }
        clock.advance(120 * 60 * 1000);
        Service after(path, clock);
        after.machine->handle(SignalEvent::probeOverdue(clock.now(), QStringLiteral("tok-2")));
        after.machine->handle(SignalEvent::probeOverdue(clock.now(), QStringLiteral("tok-3")));
        QCOMPARE(after.machine->state(), IncidentState::Suspect); // still known to be queued
        clock.advance(119 * 60 * 1000);
        after.machine->checkDeadlines();
        QCOMPARE(after.machine->state(), IncidentState::Suspect);
        clock.advance(60 * 1000); // 240 minutes since the delay report, not since the restart
        after.machine->checkDeadlines();
        QCOMPARE(after.machine->state(), IncidentState::Outage);
    }
};

QTEST_GUILESS_MAIN(IncidentPersistenceTest)
#include "IncidentPersistenceTest.moc"
