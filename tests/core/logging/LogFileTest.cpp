#include "logging/LogFile.h"
#include "logging/LogSetup.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcLogTest, "vigie.logtest", QtInfoMsg)

using namespace Vigie::Logging;

class LogFileTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void rotatesAndKeepsABoundedNumberOfFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/vigie.log"));
        LogFile log(path, 100, 2);
        QVERIFY(log.open());
        for (int i = 0; i < 10; ++i)
            log.append(QByteArray(40, char('a' + i)) + '\n');

        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFile::exists(path + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
        QVERIFY(contents(path).size() <= 100);
        QVERIFY(contents(path).contains(QByteArray(40, 'j')));
        QVERIFY(contents(path + QStringLiteral(".1")).contains(QByteArray(40, 'h')));
    }

    void messagesReachTheFileWithTimeLevelAndCategory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vigie.log"));
        {
            LogSetup setup({path, false});
            QVERIFY(setup.fileProblem().isEmpty());
            qCInfo(lcLogTest) << "hello from the test";
            qCDebug(lcLogTest) << "hidden unless verbose";
        }
        const QByteArray written = contents(path);
        QVERIFY2(written.contains(" info vigie.logtest: hello from the test"), written.constData());
        QVERIFY(!written.contains("hidden unless verbose"));
    }

    void verboseShowsDebugButNotTheWire()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vigie.log"));
        QLoggingCategory wire("vigie.logtest.wire");
        {
            LogSetup setup({path, true});
            qCDebug(lcLogTest) << "now visible";
            qCDebug(wire) << "C: A1 LOGIN";
        }
        QLoggingCategory::setFilterRules(QString());
        const QByteArray written = contents(path);
        QVERIFY(written.contains("now visible"));
        QVERIFY(!written.contains("A1 LOGIN"));
    }

    void unwritableLogIsReportedNotFatal()
    {
        LogSetup setup({QStringLiteral("/proc/vigie/vigie.log"), false});
        QVERIFY(!setup.fileProblem().isEmpty());
    }

    void lineFormat()
    {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1767600000123, Qt::UTC);
        QCOMPARE(LogSetup::formatLine(QtWarningMsg, "vigie.imap", QStringLiteral("gone"), when),
                 QByteArray("2026-01-05T08:00:00.123Z warning vigie.imap: gone\n"));
    }
};

QTEST_GUILESS_MAIN(LogFileTest)
#include "LogFileTest.moc"
