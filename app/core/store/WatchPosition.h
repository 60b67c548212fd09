#pragma once

#include <QDateTime>
#include <QString>

namespace Vigie::Store {

// Where a mailbox watcher stopped, so that the next run reports what arrived meanwhile: the
// mailbox's UIDVALIDITY and the next UID to report. One per server, user and mailbox.
struct WatchPosition
{
    QString server;
    QString username;
    QString mailbox;
    quint32 uidValidity = 0;
    quint32 nextUid = 0;
    QDateTime lastArrival; // INTERNALDATE of the last message reported; invalid when none was
    QDateTime saved;

    bool operator==(const WatchPosition &) const = default;
};

} // namespace Vigie::Store
