#pragma once

#include "ConfigProblem.h"

#include <QMap>
#include <QString>

#include <functional>

namespace Vigie::Config {

// A settings file as raw text, key ("primary.imap/host") to value. Migrations rewrite it
// before the typed reader sees it, so an old file is never modified just by reading it.
using RawSettings = QMap<QString, QString>;

struct SettingsMigrationStep
{
    int toVersion = 0; // the step upgrades a file of version toVersion - 1
    std::function<void(RawSettings &)> apply;
};

class SettingsMigration
{
public:
    static const QString VersionKey;

    // The steps that bring any older file to Settings::SchemaVersion. Version 1 is the first
    // schema, so there are none yet; each later version appends the step that reaches it.
    static QList<SettingsMigrationStep> standardSteps();

    // Upgrades raw to targetVersion with the given steps. A file without a version is taken
    // to be of the target version; one newer than the target is refused.
    static ConfigProblems migrate(RawSettings &raw, int targetVersion, const QList<SettingsMigrationStep> &steps);
};

} // namespace Vigie::Config
