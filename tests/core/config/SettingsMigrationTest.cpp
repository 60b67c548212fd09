#include "config/SettingsMigration.h"

#include <QTest>

using namespace Vigie::Config;

class SettingsMigrationTest : public QObject
{
    Q_OBJECT

private:
    // Two made-up upgrades, to exercise the mechanism the real schema versions will use.
    static QList<SettingsMigrationStep> steps()
    {
        return {
            {2,
             [](RawSettings &raw) {
                 raw.insert(QStringLiteral("primary/host"), raw.take(QStringLiteral("primary/server")));
             }},
            {3,
             [](RawSettings &raw) {
                 raw.insert(QStringLiteral("primary/port"), QStringLiteral("993"));
             }},
        };
    }

private Q_SLOTS:
    void upgradesStepByStep()
    {
        RawSettings raw{{SettingsMigration::VersionKey, QStringLiteral("1")},
                        {QStringLiteral("primary/server"), QStringLiteral("imap.example.com")}};
        QVERIFY(SettingsMigration::migrate(raw, 3, steps()).isEmpty());
        QCOMPARE(raw.value(QStringLiteral("primary/host")), QStringLiteral("imap.example.com"));
        QCOMPARE(raw.value(QStringLiteral("primary/port")), QStringLiteral("993"));
        QVERIFY(!raw.contains(QStringLiteral("primary/server")));
        QCOMPARE(raw.value(SettingsMigration::VersionKey), QStringLiteral("3"));
    }

    void startsFromTheFileVersion()
    {
        RawSettings raw{{SettingsMigration::VersionKey, QStringLiteral("2")},
                        {QStringLiteral("primary/server"), QStringLiteral("kept")}};
        QVERIFY(SettingsMigration::migrate(raw, 3, steps()).isEmpty());
        QCOMPARE(raw.value(QStringLiteral("primary/server")), QStringLiteral("kept"));
        QCOMPARE(raw.value(QStringLiteral("primary/port")), QStringLiteral("993"));
    }

    void fileWithoutVersionIsCurrent()
    {
        RawSettings raw{{QStringLiteral("primary/server"), QStringLiteral("kept")}};
        QVERIFY(SettingsMigration::migrate(raw, 3, steps()).isEmpty());
        QCOMPARE(raw.value(QStringLiteral("primary/server")), QStringLiteral("kept"));
        QCOMPARE(raw.value(SettingsMigration::VersionKey), QStringLiteral("3"));
    }

    void missingStepIsAProblem()
    {
        RawSettings raw{{SettingsMigration::VersionKey, QStringLiteral("1")}};
        const ConfigProblems problems = SettingsMigration::migrate(raw, 4, steps());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("schema 3")));
    }

    void garbageVersionIsAProblem()
    {
        RawSettings raw{{SettingsMigration::VersionKey, QStringLiteral("two")}};
        QCOMPARE(SettingsMigration::migrate(raw, 3, steps()).size(), 1);
    }

    void currentSchemaNeedsNoStep()
    {
        RawSettings raw{{SettingsMigration::VersionKey, QStringLiteral("1")}};
        QVERIFY(SettingsMigration::migrate(raw, 1, SettingsMigration::standardSteps()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(SettingsMigrationTest)
#include "SettingsMigrationTest.moc"
