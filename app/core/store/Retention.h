#pragma once

#include <QDateTime>

#include <optional>

namespace Vigie::Store {

class Database;

// Keeps the database from growing without end. An incident's timeline, with the evidence in it,
// is kept for good, and so is, outside any incident, every signal with evidence (a bounce or a
// refusal seen while snoozed, say), every silence alarm and every override; the everyday record
// goes once it is old: the other signals outside any incident (each message and probe that
// arrived, a connection lost for a moment), probes, and journal lines.
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
