#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace Vigie::Cli {

// One subcommand of vigie-cli ("config check", "watch", ...). A command may finish at once or
// after work in the event loop; either way it reports its exit code through finished().
class CliCommand : public QObject
{
    Q_OBJECT
public:
    CliCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    virtual QStringList words() const = 0; // {"config", "check"}
    virtual QString summary() const = 0;
    // arguments: what follows the command words, for QCommandLineParser (argument 0 is the program).
    virtual void start(const QStringList &arguments) = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void finishLater(int exitCode);
    // Parses arguments; on a usage error (exit 2) or --help (exit 0) it finishes the command and
    // returns false.
    bool parseOrFinish(QCommandLineParser &parser, const QStringList &arguments);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Vigie::Cli
