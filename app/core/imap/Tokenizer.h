#pragma once

#include "Token.h"

#include <QByteArrayView>

#include <optional>

namespace Vigie::Imap {

// Pure reading of one complete response (as the framer delivers it, literals inline) into
// tokens. Every read either advances or fails with a reason; nothing here can loop or
// recurse without bound.
class Tokenizer
{
public:
    static constexpr int MaxListDepth = 64;

    explicit Tokenizer(QByteArrayView data);

    bool atEnd() const; // only the final CRLF (or nothing) is left
    qsizetype position() const { return m_pos; }
    char peek() const { return m_pos < m_data.size() ? m_data.at(m_pos) : '\0'; }

    bool skipSpace(); // exactly one SP; false if there is none
    bool consume(char c); // that character, if it comes next
    std::optional<QByteArray> readAtom(); // atom chars, with [section] and <partial> kept whole
    std::optional<quint64> readNumber();
    std::optional<QByteArray> readString(); // quoted or literal
    std::optional<Token> readToken(int depth = 0);
    std::optional<QList<Token>> readList(int depth = 0);
    // Tokens separated by spaces up to the end of the line.
    std::optional<QList<Token>> readRemainingTokens();
    // The raw rest of the current physical line, without CRLF (for human-readable text).
    QByteArrayView readRestOfLine();
    // Everything up to the next ']' on this line (for response codes we do not parse).
    QByteArrayView readUntilBracket();

    const QByteArray &error() const { return m_error; }

private:
    std::optional<QByteArray> readQuoted();
    std::optional<QByteArray> readLiteral();
    bool fail(const char *reason);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    QByteArray m_error;
};

} // namespace Vigie::Imap
