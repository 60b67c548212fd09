#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>

#include <optional>

namespace Vigie::Imap {

// Building command arguments the server cannot misread.
class CommandSyntax
{
public:
    // A quoted string; nullopt for bytes a quoted string cannot carry (CR, LF, NUL).
    static std::optional<QByteArray> quoted(QByteArrayView text);
    // "1-Feb-2024", the date of SEARCH SINCE.
    static QByteArray searchDate(QDate date);
    // Sorted, deduplicated UIDs as the shortest set: "1:3,7,9:12".
    static QByteArray sequenceSet(QList<quint32> numbers);
};

} // namespace Vigie::Imap
