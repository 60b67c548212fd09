#include "store/Database.h"
#include "store/ProbeRepository.h"
#include "store/WatchPositionRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vigie::Store;

// Where each watch stopped (schema 5), kept per server, user and mailbox.
class WatchPositionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static WatchPosition position(const QString &mailbox, quint32 nextUid)
    {
        WatchPosition position;
        position.server = QStringLiteral("imap.example.test");
        position.username = QStringLiteral("owner@example.test");
        position.mailbox = mailbox;
        position.uidValidity = 4'000'000'000u; // above INT_MAX: UIDs are unsigned 32-bit
        position.nextUid = nextUid;
        position.saved = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        return position;
    }

private Q_SLOTS:
    void keepsOnePositionPerMailbox()
    {
        Database database;
        QVERIFY(database.open(path("positions.sqlite")));
        WatchPositionRepository positions(database);
        QVERIFY(!positions.position(QStringLiteral("imap.example.test"), QStringLiteral("owner@example.test"),
                                    QStringLiteral("INBOX")));
        WatchPosition inbox = position(QStringLiteral("INBOX"), 42);
        QVERIFY(positions.save(inbox));
        QVERIFY(positions.save(position(QStringLiteral("Other"), 7)));
        inbox.nextUid = 43;
        inbox.lastArrival = QDateTime(QDate(2026, 11, 26), QTime(8, 59, 30), Qt::UTC);
        QVERIFY(positions.save(inbox));
        QCOMPARE(*positions.position(inbox.server, inbox.username, inbox.mailbox), inbox);
        QCOMPARE(positions.position(inbox.server, inbox.username, QStringLiteral("Other"))->nextUid, 7u);
        QVERIFY(!positions.position(inbox.server, QStringLiteral("someone@example.test"), inbox.mailbox));
    }

    void upgradesASchema4DatabaseKeepingItsProbes()
    {
        {
            Database database;
            QVERIFY(database.open(path("v4.sqlite"), schemaMigrations().first(4)));
            ProbeRecord probe;
            probe.token = QStringLiteral("t1");
            probe.sent = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
            QVERIFY(ProbeRepository(database).insert(probe));
        }
        Database database;
        QVERIFY2(database.open(path("v4.sqlite")), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), 5);
        QCOMPARE(ProbeRepository(database).probe(QStringLiteral("t1"))->outcome, QStringLiteral("pending"));
        QVERIFY(WatchPositionRepository(database).save(position(QStringLiteral("INBOX"), 1)));
    }
};

QTEST_GUILESS_MAIN(WatchPositionTest)
#include "WatchPositionTest.moc"
