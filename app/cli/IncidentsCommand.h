#pragma once

#include "CliCommand.h"

namespace Vigie::Store {
struct IncidentEventRecord;
struct IncidentRecord;
} // namespace Vigie::Store

namespace Vigie::Cli {

// The incident log, read from the database of the Vigie run with a settings file (running or
// not): vigie-cli incidents [--days N] lists those still open and those opened in the last N
// days, one a line;
// vigie-cli incidents --timeline ID prints one incident's timeline, every transition and signal
// with its measured values and the evidence verbatim (DSNs, SMTP replies). Times are UTC, to the
// millisecond. --json: one JSON object per line. Exit 1 when there is no such incident or log.
class IncidentsCommand : public CliCommand
{
    Q_OBJECT
public:
    IncidentsCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    QStringList words() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void printIncident(const Store::IncidentRecord &incident, bool json);
    void printEvent(const Store::IncidentEventRecord &event, bool json);
};

} // namespace Vigie::Cli
