#pragma once

#include "CliCommand.h"

class QCommandLineParser;

namespace Vigie::Cli {

class AccountLoader;

// A command that talks to one account's server: --config FILE (required) and --account
// primary|backup are parsed here, the settings and the password loaded, then run() is called.
class AccountCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList &arguments) final;

protected:
    // The command's own options; readOptions returns false (after finishing) when they are unusable.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual bool readOptions(const QCommandLineParser &parser) = 0;
    // Settings and password are in account().
    virtual void run() = 0;

    const AccountLoader &account() const { return *m_loader; }

private:
    AccountLoader *m_loader = nullptr;
};

} // namespace Vigie::Cli
