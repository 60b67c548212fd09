#pragma once

#include "CliCommand.h"

#include <memory>

namespace Vigie::Platform {
class SystemClock;
}

namespace Vigie::Cli {

class AccountLoader;

// vigie-cli history: the arrival time of every message in the watched mailbox over the last
// N days, epoch seconds, one a line, oldest first within each batch.
class HistoryCommand : public CliCommand
{
    Q_OBJECT
public:
    HistoryCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~HistoryCommand() override;

    QStringList words() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void load();

    AccountLoader *m_loader = nullptr;
    std::unique_ptr<Platform::SystemClock> m_clock;
    int m_days = 30;
};

} // namespace Vigie::Cli
