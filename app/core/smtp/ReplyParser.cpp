#include "ReplyParser.h"

namespace Vigie::Smtp {

namespace {

bool isDigitIn(char c, char low, char high)
{
    return c >= low && c <= high;
}

} // namespace

void ReplyParser::feed(QByteArrayView bytes)
{
    if (hasError())
        return;
    m_buffer.append(bytes);
}

void ReplyParser::clear()
{
    m_buffer.clear();
    m_partial = {};
    m_error.clear();
}

bool ReplyParser::takeLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0) {
        if (m_buffer.size() > MaxLineLength)
            m_error = QStringLiteral("reply line longer than %1 bytes").arg(MaxLineLength);
        return false;
    }
    // Servers are supposed to send CRLF; a bare LF is accepted because refusing it helps nobody.
    qsizetype length = end;
    if (length > 0 && m_buffer.at(length - 1) == '\r')
        --length;
    *line = m_buffer.left(length);
    m_buffer.remove(0, end + 1);
    if (line->size() > MaxLineLength) {
        m_error = QStringLiteral("reply line longer than %1 bytes").arg(MaxLineLength);
        return false;
    }
    return true;
}

bool ReplyParser::acceptLine(const QByteArray &line, bool *complete)
{
    // reply-line = reply-code [ ( "-" / SP ) textstring ] (RFC 5321 section 4.2)
    const bool wellFormed = line.size() >= 3 && isDigitIn(line.at(0), '2', '5') && isDigitIn(line.at(1), '0', '5')
        && isDigitIn(line.at(2), '0', '9') && (line.size() == 3 || line.at(3) == '-' || line.at(3) == ' ');
    if (!wellFormed) {
        m_error = QStringLiteral("malformed reply line: %1").arg(QString::fromUtf8(line.left(80)));
        return false;
    }
    const int code = line.left(3).toInt();
    if (!m_partial.lines.isEmpty() && code != m_partial.code) {
        m_error = QStringLiteral("reply code changed from %1 to %2 within one reply").arg(m_partial.code).arg(code);
        return false;
    }
    if (m_partial.lines.size() >= MaxLinesPerReply) {
        m_error = QStringLiteral("reply longer than %1 lines").arg(MaxLinesPerReply);
        return false;
    }
    m_partial.code = code;
    m_partial.lines.append(QString::fromUtf8(line.mid(4)));
    *complete = line.size() == 3 || line.at(3) == ' ';
    return true;
}

std::optional<SmtpReply> ReplyParser::next()
{
    QByteArray line;
    while (!hasError() && takeLine(&line)) {
        bool complete = false;
        if (!acceptLine(line, &complete))
            break;
        if (complete) {
            SmtpReply reply = std::move(m_partial);
            m_partial = {};
            reply.enhancedStatus = SmtpReply::enhancedStatusOf(reply.code, reply.lines.constFirst());
            return reply;
        }
    }
    return std::nullopt;
}

} // namespace Vigie::Smtp
