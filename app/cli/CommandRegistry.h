#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace Vigie::Cli {

class CliCommand;

// Every vigie-cli command, in the order `vigie-cli --help` lists them.
std::vector<std::unique_ptr<CliCommand>> createCommands(QTextStream &out, QTextStream &err);

} // namespace Vigie::Cli
