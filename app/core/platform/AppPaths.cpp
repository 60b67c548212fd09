#include "AppPaths.h"

#include "VigieVersion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Vigie::Platform::AppPaths {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION_STRING));
}

QString defaultConfigFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("vigie.ini"));
}

QString defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString dataDirectory(const QString &configured, const QString &configFile)
{
    if (configured.isEmpty())
        return defaultDataDirectory();
    return QDir::cleanPath(QFileInfo(configFile).absoluteDir().absoluteFilePath(configured));
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
