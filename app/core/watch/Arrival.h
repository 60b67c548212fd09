#pragma once

#include "imap/Envelope.h"

#include <QByteArray>
#include <QDateTime>

namespace Vigie::Watch {

// One message that arrived in the watched mailbox while Vigie was watching (or while it was
// away, found on reconnect). Identified by (uidValidity, uid).
struct Arrival
{
    QByteArray mailbox;
    quint32 uidValidity = 0;
    quint32 uid = 0;
    QDateTime internalDate; // when the server received it, UTC
    qint64 size = 0;
    Imap::Envelope envelope;
    QByteArray header; // the raw header block
    // Already there when the watcher (re)connected: it came while nobody looked, so internalDate
    // is the only account of when.
    bool backlog = false;
    // The newest INTERNALDATE reported in this mailbox before this message (the server's clock):
    // a message delivered well before it was moved or copied in, not delivered now.
    QDateTime newestBefore;

    bool operator==(const Arrival &) const = default;
};

} // namespace Vigie::Watch
