#pragma once

#include "AccountCommand.h"

#include <memory>

namespace Vigie::Platform {
class SystemClock;
}

namespace Vigie::Cli {

// vigie-cli history: the arrival time of every message in the watched mailbox over the last
// N days, epoch seconds, one a line, oldest first within each batch.
class HistoryCommand : public AccountCommand
{
    Q_OBJECT
public:
    HistoryCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~HistoryCommand() override;

    QStringList words() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool readOptions(const QCommandLineParser &parser) override;
    void run() override;

private:
    std::unique_ptr<Platform::SystemClock> m_clock;
    int m_days = 30;
};

} // namespace Vigie::Cli
