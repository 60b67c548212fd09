#pragma once

#include "CliCommand.h"
#include "config/ConfigProblem.h"

#include <memory>

namespace Vigie::Secrets {
class SecretStore;
}

namespace Vigie::Cli {

// vigie-cli config check: every problem of a settings file as a sentence; exit 1 if any.
class ConfigCheckCommand : public CliCommand
{
    Q_OBJECT
public:
    ConfigCheckCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~ConfigCheckCommand() override;

    QStringList words() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void checkNextSecret();
    void report();

    Config::ConfigProblems m_problems;
    QString m_path;
    QStringList m_accountsToCheck;
    std::unique_ptr<Secrets::SecretStore> m_secretStore;
};

} // namespace Vigie::Cli
