#pragma once

#include "CliCommand.h"

#include "detect/TimedArrival.h"

#include <QList>

#include <optional>

namespace Vigie::Cli {

// vigie-cli simulate: replays a trace of arrival times through the silence detector and the
// incident state machine on virtual time, and prints each state change as a JSON line.
class SimulateCommand : public CliCommand
{
    Q_OBJECT
public:
    SimulateCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    QStringList words() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    // The arrivals, or nothing after printing why the file is unusable.
    std::optional<QList<Detect::TimedArrival>> readArrivals(const QString &path);
};

} // namespace Vigie::Cli
