#pragma once

#include "CliCommand.h"

#include <QFile>

#include <memory>

namespace Vigie::Platform {
class SystemClock;
class TerminationWatcher;
}
namespace Vigie::Watch {
class MailboxWatcher;
}

namespace Vigie::Cli {

class AccountLoader;

// vigie-cli watch: one JSON object per line for each event of a mailbox watcher (connected,
// arrival, error, reconnecting), until SIGINT or SIGTERM.
class WatchCommand : public CliCommand
{
    Q_OBJECT
public:
    WatchCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~WatchCommand() override;

    QStringList words() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void startWatching();
    void print(const QJsonObject &object);

    QString m_accountName;
    AccountLoader *m_loader = nullptr;
    Watch::MailboxWatcher *m_watcher = nullptr;
    Platform::TerminationWatcher *m_termination = nullptr;
    std::unique_ptr<Platform::SystemClock> m_clock;
    QFile m_wireLog;
};

} // namespace Vigie::Cli
