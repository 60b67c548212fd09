#pragma once

#include "SmtpReply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace Vigie::Smtp {

// Turns the bytes a server sends, in whatever pieces they arrive, into complete replies.
// A reply ends at the first line whose code is followed by a space (or nothing); every line
// of a multi-line reply must carry the same code. Anything else is garbage: the parser stops
// and says why, because a client that guesses at replies can mistake a refusal for an answer.
class ReplyParser
{
public:
    // Longer than any honest reply line (RFC 5321 allows 512 octets; servers exceed it a little).
    static constexpr qsizetype MaxLineLength = 16 * 1024;
    static constexpr qsizetype MaxLinesPerReply = 512;

    void feed(QByteArrayView bytes);
    // The next complete reply, if any. Returns nothing once hasError().
    std::optional<SmtpReply> next();

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Bytes received but not yet part of a complete reply: after a STARTTLS 220 there must be none.
    bool hasBufferedData() const { return !m_buffer.isEmpty() || !m_partial.lines.isEmpty(); }
    void clear();

private:
    bool takeLine(QByteArray *line);
    bool acceptLine(const QByteArray &line, bool *complete);

    QByteArray m_buffer;
    SmtpReply m_partial;
    QString m_error;
};

} // namespace Vigie::Smtp
