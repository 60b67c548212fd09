#pragma once

#include "CliCommand.h"

#include <QJsonObject>
#include <QTimer>

class QLocalSocket;

namespace Vigie::Cli {

// Talks to the Vigie running with a settings file, the tray application or vigie --headless:
//   vigie-cli status [--json]              how the mail flows, as Vigie judges it now
//   vigie-cli snooze HOURS                 no alarm for that long
//   vigie-cli declare outage|resolved      the owner's word over Vigie's judgement
// Exit 0 when done, 1 when Vigie refused (its reason printed), 2 on bad arguments, 3 when no
// Vigie runs with those settings.
class DaemonCommand : public CliCommand
{
    Q_OBJECT
public:
    enum class Request { Status, Snooze, Declare };

    DaemonCommand(Request request, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~DaemonCommand() override;

    QStringList words() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    // The request line, from the arguments after the command words; empty (and finished) if wrong.
    QByteArray requestLine(const QStringList &positional);
    void ask(const QByteArray &line);
    void onReply(const QJsonObject &reply);
    void printStatus(const QJsonObject &status);
    // The words for a state identifier of the reply (those of Detect::identifier).
    static QString stateText(const QString &identifier);
    void fail(int exitCode, const QString &sentence);

    Request m_request;
    bool m_json = false;
    QString m_configPath;
    QStringList m_names; // where the running Vigie may listen, yet to try
    QLocalSocket *m_socket = nullptr;
    QByteArray m_received;
    QTimer m_timeout;
};

} // namespace Vigie::Cli
