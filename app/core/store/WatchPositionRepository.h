#pragma once

#include "WatchPosition.h"

#include <optional>

namespace Vigie::Store {

class Database;

// The watch_positions table (schema version 5).
class WatchPositionRepository
{
public:
    explicit WatchPositionRepository(Database &database);

    // Inserts or replaces the position of position.server, .username and .mailbox.
    bool save(const WatchPosition &position);
    std::optional<WatchPosition> position(const QString &server, const QString &username, const QString &mailbox) const;

private:
    Database &m_database;
};

} // namespace Vigie::Store
