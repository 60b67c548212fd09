#include "store/Retention.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/Journal.h"
#include "store/ProbeRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie::Store;

namespace {

const QDateTime Now(QDate(2027, 6, 1), QTime(12, 0), Qt::UTC);

} // namespace

class RetentionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    int count(const QString &statement) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
    }
    bool signalAt(qint64 incidentId, const QDateTime &at, const QString &name) const
    {
        return IncidentRepository(*m_database)
            .appendEvent({incidentId, at, QStringLiteral("signal"), name, {}, {}, QStringLiteral("{}"), {}});
    }
    bool probeSent(const QString &token, const QDateTime &at) const
    {
        ProbeRecord probe;
        probe.token = token;
        probe.sent = at;
        return ProbeRepository(*m_database).insert(probe);
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>();
        QVERIFY(m_database->open(
            m_dir.filePath(QStringLiteral("vigie-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))));
    }

    void theEverydayRecordGoesWhenOldAndIncidentsStay()
    {
        IncidentRepository incidents(*m_database);
        const QDateTime longAgo = Now.addDays(-500);
        const qint64 incident = incidents.openIncident(QStringLiteral("mail-flow"), longAgo, QStringLiteral("outage"));
        QVERIFY(incident > 0);
        QVERIFY(signalAt(incident, longAgo, QStringLiteral("probe-bounced")));
        QVERIFY(signalAt(incident, longAgo.addDays(1), QStringLiteral("probe-arrived")));
        QVERIFY(incidents.closeIncident(incident, longAgo.addDays(1), QStringLiteral("resolved")));
        QVERIFY(signalAt(0, Now.addDays(-91), QStringLiteral("mail-arrived")));
        QVERIFY(signalAt(0, Now.addDays(-89), QStringLiteral("mail-arrived")));
        QVERIFY(signalAt(0, Now.addDays(-91), QStringLiteral("probe-arrived")));
        QVERIFY(signalAt(0, Now.addDays(-91), QStringLiteral("access-failure-started")));
        QVERIFY(signalAt(0, Now.addDays(-91), QStringLiteral("silence-alarm")));
        // Evidence seen outside any incident (a bounce while snoozed) is never everyday record.
        QVERIFY(IncidentRepository(*m_database)
                    .appendEvent({0,
                                  Now.addDays(-500),
                                  QStringLiteral("signal"),
                                  QStringLiteral("probe-bounced"),
                                  {},
                                  {},
                                  QStringLiteral("{}"),
                                  QStringLiteral("Status: 5.1.1")}));
        QVERIFY(probeSent(QStringLiteral("old"), Now.addDays(-401)));
        QVERIFY(probeSent(QStringLiteral("recent"), Now.addDays(-399)));
        Journal journal(*m_database);
        QVERIFY(journal.append(QStringLiteral("service-started"), QStringLiteral("old"), Now.addDays(-401)));
        QVERIFY(journal.append(QStringLiteral("service-started"), QStringLiteral("recent"), Now.addDays(-1)));

        Retention retention(*m_database);
        QCOMPARE(retention.prune(Now), (Retention::Pruned{3, 1, 1}));

        QCOMPARE(incidents.timeline(incident).size(), 2);
        QVERIFY(incidents.incident(incident).has_value());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incident_events WHERE incident_id IS NULL")), 3);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM incident_events WHERE incident_id IS NULL AND name = 'probe-bounced'")),
                 1);
        QVERIFY(!ProbeRepository(*m_database).probe(QStringLiteral("old")));
        QVERIFY(ProbeRepository(*m_database).probe(QStringLiteral("recent")));
        const QList<Journal::Entry> left = journal.entriesSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().message, QStringLiteral("recent"));

        QCOMPARE(retention.prune(Now), Retention::Pruned());
    }

    void thePolicySetsTheAges()
    {
        QVERIFY(signalAt(0, Now.addDays(-8), QStringLiteral("probe-arrived")));
        QVERIFY(probeSent(QStringLiteral("week-old"), Now.addDays(-8)));
        Retention::Policy week;
        week.signalDays = week.probeDays = week.journalDays = 7;
        QCOMPARE(Retention(*m_database, week).prune(Now), (Retention::Pruned{1, 1, 0}));
    }
};

QTEST_GUILESS_MAIN(RetentionTest)
#include "RetentionTest.moc"
