#include "CommandSyntax.h"

#include <algorithm>

namespace Vigie::Imap {

std::optional<QByteArray> CommandSyntax::quoted(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    for (const char c : text) {
        if (c == '\r' || c == '\n' || c == '\0')
            return std::nullopt;
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

QByteArray CommandSyntax::searchDate(QDate date)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QByteArray::number(date.day()) + '-' + months[date.month() - 1] + '-' + QByteArray::number(date.year());
}

QByteArray CommandSyntax::sequenceSet(QList<quint32> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    QByteArray out;
    qsizetype i = 0;
    while (i < numbers.size()) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers.at(j + 1) == numbers.at(j) + 1)
            ++j;
        if (!out.isEmpty())
            out.append(',');
        out.append(QByteArray::number(numbers.at(i)));
        if (j > i)
            out.append(':' + QByteArray::number(numbers.at(j)));
        i = j + 1;
    }
    return out;
}

} // namespace Vigie::Imap
