#pragma once

#include <QString>

namespace Vigie::Platform {

// Where Vigie keeps its files when the settings do not say otherwise. The organisation and
// application names must be set on the QCoreApplication first.
namespace AppPaths {

QString defaultConfigFile();
QString defaultDataDirectory();
QString databaseFile(const QString &dataDirectory);
QString logFile(const QString &dataDirectory);

} // namespace AppPaths

} // namespace Vigie::Platform
