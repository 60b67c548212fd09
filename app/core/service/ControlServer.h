#pragma once

#include <QJsonObject>
#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace Vigie::Service {

class MonitorService;

// Lets vigie-cli ask a running Vigie, the tray application or the headless daemon, how the mail
// flows, and pass on the owner's overrides. One request line ("status", "snooze HOURS",
// "declare-outage", "declare-resolved"), one JSON line in reply, over a local socket that only
// the same user may open.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxSnoozeHours = 7 * 24;

    // Where the Vigie using this database may listen, in the order it tries them: vigie-cli given
    // the same settings tries them in the same order.
    static QStringList socketNames(const QString &databasePath);

    explicit ControlServer(MonitorService &service, QObject *parent = nullptr);
    ~ControlServer() override;

    // On the first of names where a socket can be made; false, with errorString(), on none.
    bool listen(const QStringList &names);
    QString errorString() const { return m_errorString; }

    // The reply to one request: {"ok": true, ...the status} or {"ok": false, "error": sentence}.
    QJsonObject answer(const QByteArray &request);

private:
    void serve(QLocalSocket *socket);
    QJsonObject status() const;
    QJsonObject refusal(const QString &sentence) const;

    MonitorService &m_service;
    QLocalServer *m_server = nullptr;
    QString m_errorString;
};

} // namespace Vigie::Service
