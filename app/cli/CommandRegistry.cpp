#include "CommandRegistry.h"

#include "ClassifyCommand.h"
#include "ConfigCheckCommand.h"
#include "DaemonCommand.h"
#include "HistoryCommand.h"
#include "IncidentsCommand.h"
#include "SimulateCommand.h"
#include "WatchCommand.h"

namespace Vigie::Cli {

std::vector<std::unique_ptr<CliCommand>> createCommands(QTextStream &out, QTextStream &err)
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ConfigCheckCommand>(out, err));
    commands.push_back(std::make_unique<WatchCommand>(out, err));
    commands.push_back(std::make_unique<HistoryCommand>(out, err));
    commands.push_back(std::make_unique<SimulateCommand>(out, err));
    commands.push_back(std::make_unique<ClassifyCommand>(out, err));
    commands.push_back(std::make_unique<IncidentsCommand>(out, err));
    commands.push_back(std::make_unique<DaemonCommand>(DaemonCommand::Request::Status, out, err));
    commands.push_back(std::make_unique<DaemonCommand>(DaemonCommand::Request::Snooze, out, err));
    commands.push_back(std::make_unique<DaemonCommand>(DaemonCommand::Request::Declare, out, err));
    return commands;
}

} // namespace Vigie::Cli
