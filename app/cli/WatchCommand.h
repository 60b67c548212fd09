#pragma once

#include "AccountCommand.h"

#include <QFile>

#include <memory>

class QJsonObject;

namespace Vigie::Platform {
class SystemClock;
class TerminationWatcher;
} // namespace Vigie::Platform
namespace Vigie::Watch {
class MailboxWatcher;
}

namespace Vigie::Cli {

// vigie-cli watch: one JSON object per line for each event of a mailbox watcher (connected,
// arrival, error, reconnecting), until SIGINT or SIGTERM.
class WatchCommand : public AccountCommand
{
    Q_OBJECT
public:
    WatchCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~WatchCommand() override;

    QStringList words() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool readOptions(const QCommandLineParser &parser) override;
    void run() override;

private:
    void print(QJsonObject object);

    Watch::MailboxWatcher *m_watcher = nullptr;
    Platform::TerminationWatcher *m_termination = nullptr;
    std::unique_ptr<Platform::SystemClock> m_clock;
    QFile m_wireLog;
};

} // namespace Vigie::Cli
