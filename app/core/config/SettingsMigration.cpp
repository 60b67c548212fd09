#include "SettingsMigration.h"

#include "ConfigLogging.h"

#include <QCoreApplication>

namespace Vigie::Config {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Config::SettingsMigration)
};

} // namespace

const QString SettingsMigration::VersionKey = QStringLiteral("vigie/schemaVersion");

QList<SettingsMigrationStep> SettingsMigration::standardSteps()
{
    return {};
}

ConfigProblems SettingsMigration::migrate(RawSettings &raw, int targetVersion,
                                          const QList<SettingsMigrationStep> &steps)
{
    if (!raw.contains(VersionKey)) {
        raw.insert(VersionKey, QString::number(targetVersion));
        return {};
    }

    bool ok = false;
    int version = raw.value(VersionKey).trimmed().toInt(&ok);
    if (!ok || version < 1) {
        return {{ConfigProblem::Severity::Error, VersionKey,
                 Text::tr("The schema version “%1” is not a positive whole number.").arg(raw.value(VersionKey))}};
    }
    if (version > targetVersion) {
        return {{ConfigProblem::Severity::Error, VersionKey,
                 Text::tr("This settings file was written by a newer Vigie (schema %1); this "
                          "version understands schema %2 and older. Update Vigie.")
                     .arg(version)
                     .arg(targetVersion)}};
    }

    while (version < targetVersion) {
        const auto step = std::find_if(steps.cbegin(), steps.cend(),
                                       [version](const auto &candidate) { return candidate.toVersion == version + 1; });
        if (step == steps.cend()) {
            return {{ConfigProblem::Severity::Error, VersionKey,
                     Text::tr("No way is known to upgrade settings of schema %1 to schema %2.")
                         .arg(version)
                         .arg(version + 1)}};
        }
        step->apply(raw);
        ++version;
        qCInfo(lcConfig) << "Upgraded settings to schema" << version;
    }
    raw.insert(VersionKey, QString::number(version));
    return {};
}

} // namespace Vigie::Config
