#pragma once

#include "config/Settings.h"

#include <QObject>

#include <memory>

namespace Vigie::Store {
class Database;
class Journal;
}

namespace Vigie::Service {

// The core of a running Vigie, shared by the tray application and the headless daemon: it
// owns the database and the monitoring machinery built from the settings, and reports its
// state. It never touches a widget; front ends only render what it says.
class MonitorService : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Running, NotConfigured, Failed };
    Q_ENUM(State)

    MonitorService(Config::Settings settings, QString databasePath, QObject *parent = nullptr);
    ~MonitorService() override;

    State state() const { return m_state; }
    // Why the service is not running, as a sentence; empty when it is.
    QString problem() const { return m_problem; }
    const Config::Settings &settings() const { return m_settings; }

    void start();
    void stop();

Q_SIGNALS:
    void stateChanged(Vigie::Service::MonitorService::State state);

private:
    void setState(State state, const QString &problem = {});

    Config::Settings m_settings;
    QString m_databasePath;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::Journal> m_journal;
    State m_state = State::Stopped;
    QString m_problem;
};

} // namespace Vigie::Service
