#pragma once

#include <QDateTime>

#include <optional>

namespace Vigie::Store {

class Database;

// Keeps the database from growing without end. An incident's timeline, with the evidence in it,
// is kept for good, and so is every report or refusal seen outside one (while snoozed, say); the
// everyday record goes once it is old: each message and probe that arrived outside any incident,
// probes, and journal lines.
class Retention
{
public:
    struct Policy
    {
        int signalDays = 90; // the recent normal, to set an incident against
        int probeDays = 400; // probe timings: over a year, as long as a claim may take
        int journalDays = 400;
    };
    struct Pruned
    {
        int signalEvents = 0;
        int probes = 0;
        int journalEntries = 0;

        bool operator==(const Pruned &) const = default;
    };

    explicit Retention(Database &database);
    Retention(Database &database, Policy policy);

    // Deletes, all or nothing, what the policy lets go as of now; nullopt if the database refused.
    std::optional<Pruned> prune(const QDateTime &now);

private:
    Database &m_database;
    Policy m_policy;
};

} // namespace Vigie::Store
