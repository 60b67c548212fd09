#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Vigie::Platform::AppPaths {

QString defaultConfigFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("vigie.ini"));
}

QString defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databaseFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("vigie.sqlite"));
}

QString logFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("logs/vigie.log"));
}

} // namespace Vigie::Platform::AppPaths
