#pragma once

#include <QByteArray>

#include <optional>

namespace Vigie::Imap {

// What EXAMINE tells about a mailbox.
struct MailboxState
{
    QByteArray mailbox;
    quint32 exists = 0;
    quint32 uidValidity = 0;
    std::optional<quint32> uidNext; // RFC 3501 lets servers omit it
    std::optional<quint64> highestModSeq;
    bool readOnly = false;

    bool operator==(const MailboxState &) const = default;
};

} // namespace Vigie::Imap
