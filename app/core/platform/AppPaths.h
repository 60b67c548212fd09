#pragma once

#include <QString>

namespace Vigie::Platform {

// Where Vigie keeps its files when the settings do not say otherwise.
namespace AppPaths {

// Names the application for QStandardPaths and QSettings: ~/.config/vigie, ~/.local/share/vigie
// on Linux, %APPDATA%\vigie on Windows. Every entry point calls it first.
void setApplicationIdentity();

QString defaultConfigFile();
QString defaultDataDirectory();
// The data directory the settings name (a relative one from the settings file's folder, so that
// every program given that file finds the same), or the default when they name none.
QString dataDirectory(const QString &configured, const QString &configFile);
QString databaseFile(const QString &dataDirectory);
QString logFile(const QString &dataDirectory);

} // namespace AppPaths

} // namespace Vigie::Platform
