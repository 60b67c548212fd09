#include "Token.h"

namespace Vigie::Imap {

std::optional<quint64> Token::number() const
{
    if (type != Type::Atom || bytes.isEmpty() || bytes.size() > 19)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    return value;
}

bool Token::operator==(const Token &other) const
{
    return type == other.type && bytes == other.bytes
        && std::equal(list.cbegin(), list.cend(), other.list.cbegin(), other.list.cend());
}

QDebug operator<<(QDebug debug, const Token &token)
{
    const QDebugStateSaver saver(debug);
    debug.nospace();
    switch (token.type) {
    case Token::Type::Atom:
        debug.noquote() << token.bytes;
        break;
    case Token::Type::String:
        debug << token.bytes;
        break;
    case Token::Type::Nil:
        debug << "NIL";
        break;
    case Token::Type::List:
        debug << '(';
        for (qsizetype i = 0; i < token.list.size(); ++i)
            debug << (i ? " " : "") << token.list.at(i);
        debug << ')';
        break;
    }
    return debug;
}

} // namespace Vigie::Imap
