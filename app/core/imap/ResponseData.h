#pragma once

#include "FetchData.h"
#include "Token.h"

#include <QByteArray>
#include <QList>
#include <QMap>

#include <variant>

namespace Vigie::Imap {

// The typed payloads of untagged data responses (RFC 3501 7.2 to 7.4).

struct CapabilityData
{ // CAPABILITY, ENABLED
    QList<QByteArray> capabilities; // upper-cased
    bool operator==(const CapabilityData &) const = default;
};

struct FlagsData
{ // FLAGS
    QList<QByteArray> flags;
    bool operator==(const FlagsData &) const = default;
};

struct ListData
{ // LIST, LSUB
    QList<QByteArray> attributes; // as sent: "\\HasNoChildren", "\\Sent"
    QByteArray delimiter; // null when NIL
    QByteArray mailbox; // raw (modified UTF-7 or UTF-8): send it back as is
    bool hasAttribute(QByteArrayView attribute) const;
    bool operator==(const ListData &) const = default;
};

struct SearchData
{ // SEARCH, ESEARCH ALL is not asked for
    QList<quint32> numbers;
    std::optional<quint64> modSeq;
    bool operator==(const SearchData &) const = default;
};

struct StatusData
{ // STATUS
    QByteArray mailbox;
    QMap<QByteArray, quint64> items; // "MESSAGES" -> 12, upper-cased keys
    bool operator==(const StatusData &) const = default;
};

struct OtherData
{ // anything we do not ask for, kept so nothing is lost from the log
    QList<Token> tokens;
    bool operator==(const OtherData &) const = default;
};

using ResponsePayload =
    std::variant<std::monostate, CapabilityData, FlagsData, ListData, SearchData, StatusData, FetchData, OtherData>;

} // namespace Vigie::Imap
