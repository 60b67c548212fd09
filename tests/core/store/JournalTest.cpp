#include "store/Journal.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vigie::Store;

class JournalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesComeBackInOrderAndSurviveReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vigie.sqlite"));
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1767600000, Qt::UTC);
        {
            Database database;
            QVERIFY(database.open(path));
            Journal journal(database);
            QVERIFY(journal.append(QStringLiteral("b"), QStringLiteral("second"), t0.addSecs(60)));
            QVERIFY(journal.append(QStringLiteral("a"), QStringLiteral("first"), t0));
            QVERIFY(journal.append(QStringLiteral("c"), QStringLiteral("third, with “quotes” and é"), t0.addSecs(120)));
        }
        Database database;
        QVERIFY(database.open(path));
        Journal journal(database);
        const QList<Journal::Entry> all = journal.entriesSince(t0);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0), (Journal::Entry{t0, QStringLiteral("a"), QStringLiteral("first")}));
        QCOMPARE(all.at(2).message, QStringLiteral("third, with “quotes” and é"));
        QCOMPARE(journal.entriesSince(t0.addSecs(61)).size(), 1);
        QCOMPARE(journal.entriesSince(t0, 2).size(), 2);
    }
};

QTEST_GUILESS_MAIN(JournalTest)
#include "JournalTest.moc"
