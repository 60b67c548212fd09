#pragma once

#include <QDateTime>

namespace Vigie::Watch {

// A message of the watched mailbox's history, as much as the silence detector learns from it.
struct HistoryArrival
{
    QDateTime internalDate; // UTC
    bool fromBulkSender = false; // see Mime::BulkSender
    // X-Vigie-Probe: one of Vigie's probes, left in the mailbox (a server that could not delete
    // it, a missing probe folder); never part of the mailbox's own history.
    QByteArray probeToken;

    bool operator==(const HistoryArrival &) const = default;
};

} // namespace Vigie::Watch
