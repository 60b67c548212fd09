#include "Tokenizer.h"

#include "ResponseFramer.h"

namespace Vigie::Imap {

namespace {

bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x1f || u == 0x7f)
        return false;
    switch (c) {
    case ' ':
    case '(':
    case ')':
    case '{':
    case '"':
    case ']':
    case '[':
        return false;
    default:
        return true;
    }
}

} // namespace

Tokenizer::Tokenizer(QByteArrayView data)
    : m_data(data)
{ }

bool Tokenizer::fail(const char *reason)
{
    if (m_error.isEmpty())
        m_error = QByteArray(reason) + " at offset " + QByteArray::number(m_pos);
    return false;
}

bool Tokenizer::atEnd() const
{
    const QByteArrayView rest = m_data.sliced(m_pos);
    return rest.isEmpty() || rest == "\r\n" || rest == "\n";
}

bool Tokenizer::skipSpace()
{
    return consume(' ');
}

bool Tokenizer::consume(char c)
{
    if (peek() != c || m_pos >= m_data.size())
        return false;
    ++m_pos;
    return true;
}

std::optional<QByteArray> Tokenizer::readAtom()
{
    const qsizetype start = m_pos;
    while (m_pos < m_data.size()) {
        const char c = m_data.at(m_pos);
        if (c == '[') {
            // BODY[HEADER.FIELDS (FROM)]: the section belongs to the atom, spaces and all.
            // Look for the newline only up to the bracket: scanning the whole rest of the line
            // at every '[' would make "A[]A[]A[]..." quadratic.
            const qsizetype close = m_data.sliced(m_pos).indexOf(']');
            if (close < 0 || m_data.sliced(m_pos, close).contains('\n')) {
                fail("unterminated [section]");
                return std::nullopt;
            }
            m_pos += close + 1;
            continue;
        }
        if (!isAtomChar(c))
            break;
        ++m_pos;
    }
    if (m_pos == start) {
        fail("expected an atom");
        return std::nullopt;
    }
    return m_data.sliced(start, m_pos - start).toByteArray();
}

std::optional<quint64> Tokenizer::readNumber()
{
    const qsizetype start = m_pos;
    quint64 value = 0;
    while (m_pos < m_data.size() && m_data.at(m_pos) >= '0' && m_data.at(m_pos) <= '9') {
        if (m_pos - start >= 19) {
            fail("number too large");
            return std::nullopt;
        }
        value = value * 10 + quint64(m_data.at(m_pos) - '0');
        ++m_pos;
    }
    if (m_pos == start) {
        fail("expected a number");
        return std::nullopt;
    }
    return value;
}

std::optional<QByteArray> Tokenizer::readQuoted()
{
    ++m_pos; // opening quote
    QByteArray value;
    while (m_pos < m_data.size()) {
        const char c = m_data.at(m_pos++);
        if (c == '"')
            return value;
        if (c == '\r' || c == '\n')
            break;
        if (c == '\\') {
            if (m_pos >= m_data.size())
                break;
            value.append(m_data.at(m_pos++));
            continue;
        }
        value.append(c);
    }
    fail("unterminated quoted string");
    return std::nullopt;
}

std::optional<QByteArray> Tokenizer::readLiteral()
{
    consume('~'); // BINARY literal8
    const qsizetype lineEnd = m_data.sliced(m_pos).indexOf('\n');
    if (lineEnd < 0) {
        fail("literal without line end");
        return std::nullopt;
    }
    QByteArrayView announcement = m_data.sliced(m_pos, lineEnd);
    if (announcement.endsWith('\r'))
        announcement.chop(1);
    const qint64 size = trailingLiteralSize(announcement);
    if (size < 0 || announcement.front() != '{') {
        fail("malformed literal");
        return std::nullopt;
    }
    m_pos += lineEnd + 1;
    if (size > m_data.size() - m_pos) {
        fail("literal longer than the response");
        return std::nullopt;
    }
    QByteArray value = m_data.sliced(m_pos, size).toByteArray();
    m_pos += size;
    return value;
}

std::optional<QByteArray> Tokenizer::readString()
{
    if (peek() == '"')
        return readQuoted();
    if (peek() == '{' || peek() == '~')
        return readLiteral();
    fail("expected a string");
    return std::nullopt;
}

std::optional<Token> Tokenizer::readToken(int depth)
{
    switch (peek()) {
    case '(': {
        auto list = readList(depth);
        if (!list)
            return std::nullopt;
        return Token::makeList(std::move(*list));
    }
    case '"':
    case '{':
    case '~': {
        auto string = readString();
        if (!string)
            return std::nullopt;
        return Token::string(std::move(*string));
    }
    default:
        break;
    }
    auto atom = readAtom();
    if (!atom)
        return std::nullopt;
    if (atom->compare("NIL", Qt::CaseInsensitive) == 0)
        return Token::nil();
    return Token::atom(std::move(*atom));
}

std::optional<QList<Token>> Tokenizer::readList(int depth)
{
    if (depth >= MaxListDepth) {
        fail("lists nested too deep");
        return std::nullopt;
    }
    if (!consume('(')) {
        fail("expected a list");
        return std::nullopt;
    }
    QList<Token> items;
    if (consume(')'))
        return items;
    for (;;) {
        auto token = readToken(depth + 1);
        if (!token)
            return std::nullopt;
        items.append(std::move(*token));
        if (consume(')'))
            return items;
        if (peek() == '(')
            continue; // address lists: "((...)(...))" has no space between items
        if (!skipSpace()) {
            fail("expected a space or ')' in a list");
            return std::nullopt;
        }
        // Some servers put two spaces or a space before ')'; tolerate both.
        while (consume(' ')) { }
        if (consume(')'))
            return items;
    }
}

std::optional<QList<Token>> Tokenizer::readRemainingTokens()
{
    QList<Token> tokens;
    while (!atEnd()) {
        if (!tokens.isEmpty() && !skipSpace()) {
            fail("expected a space between tokens");
            return std::nullopt;
        }
        if (atEnd())
            break;
        auto token = readToken();
        if (!token)
            return std::nullopt;
        tokens.append(std::move(*token));
    }
    return tokens;
}

QByteArrayView Tokenizer::readRestOfLine()
{
    qsizetype end = m_data.sliced(m_pos).indexOf('\n');
    end = end < 0 ? m_data.size() : m_pos + end;
    QByteArrayView text = m_data.sliced(m_pos, end - m_pos);
    if (text.endsWith('\r'))
        text.chop(1);
    m_pos = end;
    return text;
}

QByteArrayView Tokenizer::readUntilBracket()
{
    const qsizetype start = m_pos;
    while (m_pos < m_data.size() && m_data.at(m_pos) != ']' && m_data.at(m_pos) != '\n')
        ++m_pos;
    return m_data.sliced(start, m_pos - start);
}

} // namespace Vigie::Imap
