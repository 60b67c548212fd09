#pragma once

#include <QDateTime>

namespace Vigie::Watch {

// A message of the watched mailbox's history, as much as the silence detector learns from it.
struct HistoryArrival
{
    QDateTime internalDate; // UTC
    bool fromBulkSender = false; // see Mime::BulkSender

    bool operator==(const HistoryArrival &) const = default;
};

} // namespace Vigie::Watch
