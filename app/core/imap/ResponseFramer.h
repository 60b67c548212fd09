#pragma once

#include "net/ServiceError.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>

namespace Vigie::Imap {

// Bounds on what one server response may make us hold in memory. A hostile or broken server
// that exceeds them fails the connection with a Protocol error instead of eating the heap.
struct FramerLimits
{
    qsizetype maxLineLength = 8 * 1024 * 1024; // one physical line, literals excluded
    qint64 maxLiteralSize = 64 * 1024 * 1024; // one {n} literal
    qint64 maxResponseSize = 128 * 1024 * 1024; // a whole response, literals included
};

// The low-level layer: turns bytes as they arrive from the socket into complete responses,
// each one or more CRLF-terminated lines with their {n} / {n+} literals inline, however the
// reads split them. It knows nothing of what a response means.
class ResponseFramer
{
public:
    explicit ResponseFramer(FramerLimits limits = {});

    // Returns false once the stream broke a limit; error() says how. Further input is ignored.
    bool feed(QByteArrayView bytes);

    bool hasResponse() const { return !m_ready.empty(); }
    QByteArray takeResponse();

    const Net::ServiceError &error() const { return m_error; }
    // Bytes received but not yet part of a complete response.
    qsizetype pendingBytes() const { return m_buffer.size() - m_responseStart; }
    void reset();

private:
    bool fail(const QString &detail);
    void compact();

    FramerLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_responseStart = 0; // first byte of the response being assembled
    qsizetype m_lineStart = 0; // first byte of the physical line being scanned
    qsizetype m_scanFrom = 0; // where to look for the next LF (or literal bytes) from
    qint64 m_literalRemaining = 0;
    std::deque<QByteArray> m_ready;
    Net::ServiceError m_error;
};

// If line (without its CRLF) ends with a literal announcement {n} or {n+} (or ~{n} for
// BINARY), returns n, or -1 when there is none, or -2 when the number is absurd.
qint64 trailingLiteralSize(QByteArrayView line);

} // namespace Vigie::Imap
