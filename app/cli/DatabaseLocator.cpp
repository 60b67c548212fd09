#include "DatabaseLocator.h"

#include "config/SettingsFile.h"
#include "platform/AppPaths.h"

#include <QFileInfo>

namespace Vigie::Cli {

QString DatabaseLocator::databaseFor(const QString &configPath, bool named, QString *problem)
{
    Config::Settings settings;
    if (QFileInfo::exists(configPath)) {
        const Config::SettingsFile::LoadResult loaded = Config::SettingsFile::load(configPath);
        if (!loaded.understood) {
            *problem = tr("%1 cannot be read as Vigie settings.").arg(configPath);
            return {};
        }
        settings = loaded.settings;
    } else if (named) {
        *problem = tr("%1 does not exist.").arg(configPath);
        return {};
    }
    return Platform::AppPaths::databaseFile(
        Platform::AppPaths::dataDirectory(settings.general.dataDirectory, configPath));
}

} // namespace Vigie::Cli
