#pragma once

#include <QCoreApplication>
#include <QString>

namespace Vigie::Cli {

// Where the Vigie run with a settings file keeps its database, as vigie itself decides it.
class DatabaseLocator
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Cli::DatabaseLocator)

public:
    // named: the file was given on purpose (--config), so it must exist; otherwise a missing
    // file means Vigie's defaults. Empty, with *problem set, when the settings cannot be read.
    static QString databaseFor(const QString &configPath, bool named, QString *problem);
};

} // namespace Vigie::Cli
