#include "ResponseFramer.h"

namespace Vigie::Imap {

qint64 trailingLiteralSize(QByteArrayView line)
{
    if (line.size() < 3 || line.back() != '}')
        return -1;
    qsizetype end = line.size() - 1; // at '}'
    if (line.at(end - 1) == '+')
        --end;
    qsizetype begin = end;
    while (begin > 0 && line.at(begin - 1) >= '0' && line.at(begin - 1) <= '9')
        --begin;
    if (begin == end || begin == 0 || line.at(begin - 1) != '{')
        return -1;
    if (end - begin > 15)
        return -2; // more than a petabyte: nobody means it
    qint64 value = 0;
    for (qsizetype i = begin; i < end; ++i)
        value = value * 10 + (line.at(i) - '0');
    return value;
}

ResponseFramer::ResponseFramer(FramerLimits limits)
    : m_limits(limits)
{ }

void ResponseFramer::reset()
{
    m_buffer.clear();
    m_responseStart = m_lineStart = m_scanFrom = 0;
    m_literalRemaining = 0;
    m_ready.clear();
    m_error = {};
}

QByteArray ResponseFramer::takeResponse()
{
    if (m_ready.empty())
        return {};
    QByteArray response = std::move(m_ready.front());
    m_ready.pop_front();
    return response;
}

bool ResponseFramer::fail(const QString &detail)
{
    m_error = Net::ServiceError::make(Net::ServiceError::Kind::Protocol, detail);
    m_buffer.clear();
    m_responseStart = m_lineStart = m_scanFrom = 0;
    m_literalRemaining = 0;
    return false;
}

bool ResponseFramer::feed(QByteArrayView bytes)
{
    if (m_error.isError())
        return false;
    m_buffer.append(bytes.data(), bytes.size());

    while (m_scanFrom < m_buffer.size()) {
        if (m_literalRemaining > 0) {
            const qint64 available = m_buffer.size() - m_scanFrom;
            const qint64 taken = std::min(available, m_literalRemaining);
            m_scanFrom += taken;
            m_literalRemaining -= taken;
            if (m_literalRemaining > 0)
                break;
            m_lineStart = m_scanFrom;
            continue;
        }
        const qsizetype newline = m_buffer.indexOf('\n', m_scanFrom);
        if (newline < 0) {
            if (m_buffer.size() - m_lineStart > m_limits.maxLineLength)
                return fail(QStringLiteral("a line from the server exceeds %1 bytes").arg(m_limits.maxLineLength));
            m_scanFrom = m_buffer.size();
            break;
        }
        qsizetype lineEnd = newline;
        if (lineEnd > m_lineStart && m_buffer.at(lineEnd - 1) == '\r')
            --lineEnd;
        if (lineEnd - m_lineStart > m_limits.maxLineLength)
            return fail(QStringLiteral("a line from the server exceeds %1 bytes").arg(m_limits.maxLineLength));
        const qint64 literal = trailingLiteralSize(QByteArrayView(m_buffer).sliced(m_lineStart, lineEnd - m_lineStart));
        m_scanFrom = newline + 1;
        if (literal == -2 || literal > m_limits.maxLiteralSize)
            return fail(
                QStringLiteral("the server announced a literal larger than %1 bytes").arg(m_limits.maxLiteralSize));
        if (literal >= 0) {
            if (m_scanFrom - m_responseStart + literal > m_limits.maxResponseSize)
                return fail(
                    QStringLiteral("a response from the server exceeds %1 bytes").arg(m_limits.maxResponseSize));
            m_literalRemaining = literal;
            m_lineStart = m_scanFrom;
            continue;
        }
        m_ready.push_back(m_buffer.sliced(m_responseStart, m_scanFrom - m_responseStart));
        m_responseStart = m_lineStart = m_scanFrom;
    }
    if (m_scanFrom - m_responseStart > m_limits.maxResponseSize)
        return fail(QStringLiteral("a response from the server exceeds %1 bytes").arg(m_limits.maxResponseSize));
    compact();
    return true;
}

void ResponseFramer::compact()
{
    if (m_responseStart == 0)
        return;
    if (m_responseStart == m_buffer.size()) {
        m_buffer.clear();
    } else {
        m_buffer.remove(0, m_responseStart);
    }
    m_lineStart -= m_responseStart;
    m_scanFrom -= m_responseStart;
    m_responseStart = 0;
}

} // namespace Vigie::Imap
