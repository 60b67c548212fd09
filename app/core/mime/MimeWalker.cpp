#include "MimeWalker.h"

#include "LineEndings.h"
#include "TransferEncoding.h"

namespace Vigie::Mime {

namespace {

// Position of the next delimiter line "--boundary" at a line start at or after from, or -1.
// Some MTAs indent a delimiter by a space or two; such a line still ends the part (a quoted
// copy of the boundary would be prefixed by "> ", not by blanks alone).
qsizetype findDelimiter(QByteArrayView body, QByteArrayView delimiter, qsizetype from)
{
    while (from <= body.size()) {
        const qsizetype at = body.indexOf(delimiter, from);
        if (at < 0)
            return -1;
        qsizetype lineStart = at;
        while (lineStart > 0 && at - lineStart < 2 && (body.at(lineStart - 1) == ' ' || body.at(lineStart - 1) == '\t'))
            --lineStart;
        if (lineStart == 0 || body.at(lineStart - 1) == '\n')
            return at;
        from = at + 1;
    }
    return -1;
}

// Some MTAs write a report's MIME parts without declaring the message multipart. A "--token"
// line is taken as the boundary only when it introduces a message/* part (the delivery status
// or the returned message), so that a quoted message's own boundaries are left alone.
QByteArray inferredBoundary(QByteArrayView body)
{
    qsizetype pos = 0;
    for (int lines = 0; lines < 40 && pos < body.size(); ++lines) {
        qsizetype eol = body.indexOf('\n', pos);
        if (eol < 0)
            eol = body.size();
        const QByteArrayView line = body.sliced(pos, eol - pos);
        if (line.size() > 4 && line.size() < 200 && line.startsWith("--") && !line.contains(' ')) {
            const QByteArray marker = '\n' + line.toByteArray() + "\nContent-Type: message/";
            const QByteArray lowerMarker = '\n' + line.toByteArray() + "\ncontent-type: message/";
            if (body.indexOf(marker) >= 0 || body.indexOf(lowerMarker) >= 0)
                return line.sliced(2).toByteArray();
        }
        pos = eol + 1;
    }
    return {};
}

qsizetype endOfLine(QByteArrayView data, qsizetype from)
{
    const qsizetype eol = data.indexOf('\n', from);
    return eol < 0 ? data.size() : eol + 1;
}

} // namespace

MimeWalker::MimeWalker(MimeLimits limits)
    : m_limits(limits)
{ }

MimeMessage MimeWalker::walk(const QByteArray &rawMessage) const
{
    MimeMessage message;
    QByteArray data = LineEndings::toLf(
        rawMessage.size() > m_limits.maxMessageBytes ? rawMessage.first(m_limits.maxMessageBytes) : rawMessage);
    if (rawMessage.size() > m_limits.maxMessageBytes)
        message.truncated = true;
    walkEntity(message, data, -1, 0, MimePart::Kind::Message);
    return message;
}

void MimeWalker::walkEntity(MimeMessage &message, QByteArrayView data, int parent, int depth, MimePart::Kind kind) const
{
    if (message.parts.size() >= m_limits.maxParts) {
        message.truncated = true;
        return;
    }
    MimePart part;
    part.kind = kind;
    part.parent = parent;
    part.depth = depth;
    qsizetype bodyOffset = 0;
    // A body part starting with an empty line has no headers (RFC 2046 5.1.1).
    if (!(kind == MimePart::Kind::Body && data.startsWith('\n')))
        part.headers = HeaderBlock::parse(data, m_limits.maxHeaderFields, &bodyOffset);
    else
        bodyOffset = 1;
    const QByteArrayView body = data.sliced(qMin(bodyOffset, data.size()));
    if (const QByteArray type = part.headers.raw("content-type"); !type.isEmpty()) {
        part.contentType = ContentType::parse(type);
    } else if (kind == MimePart::Kind::Message) {
        if (const QByteArray boundary = inferredBoundary(body); !boundary.isEmpty()) {
            part.contentType.mimeType = "multipart/mixed";
            part.contentType.parameters.insert("boundary", boundary);
        }
    }
    const QByteArray encoding = part.headers.raw("content-transfer-encoding");

    const int index = int(message.parts.size());
    const QByteArray &mimeType = part.contentType.mimeType;
    const bool deepEnough = depth >= m_limits.maxDepth;
    if (deepEnough)
        message.truncated = true;
    const QByteArray boundary = part.contentType.parameter("boundary");
    if (part.contentType.isMultipart() && !boundary.isEmpty() && !deepEnough) {
        message.parts.append(std::move(part));
        walkMultipart(message, body, index, depth + 1);
        return;
    }
    if ((mimeType == "message/rfc822" || mimeType == "message/global") && !deepEnough) {
        message.parts.append(std::move(part));
        const QByteArray decoded = TransferEncoding::decode(body.toByteArray(), encoding);
        walkEntity(message, decoded, index, depth + 1, MimePart::Kind::Message);
        return;
    }
    if (mimeType == "text/rfc822-headers" || mimeType == "message/global-headers") {
        const QByteArray decoded = TransferEncoding::decode(body.toByteArray(), encoding);
        message.parts.append(std::move(part));
        MimePart headers;
        headers.kind = MimePart::Kind::HeadersOnly;
        headers.parent = index;
        headers.depth = depth + 1;
        headers.headers = HeaderBlock::parse(decoded, m_limits.maxHeaderFields);
        if (message.parts.size() < m_limits.maxParts)
            message.parts.append(std::move(headers));
        return;
    }
    part.body = TransferEncoding::decode(body.toByteArray(), encoding);
    message.parts.append(std::move(part));
}

void MimeWalker::walkMultipart(MimeMessage &message, QByteArrayView body, int parent, int depth) const
{
    const QByteArray delimiter = "--" + message.parts.at(parent).contentType.parameter("boundary");
    qsizetype at = findDelimiter(body, delimiter, 0);
    if (at < 0 && message.parts.size() < m_limits.maxParts) {
        // No delimiter at all: keep the content readable as one text part.
        MimePart part;
        part.parent = parent;
        part.depth = depth;
        part.body = body.toByteArray();
        message.parts.append(std::move(part));
        return;
    }
    while (at >= 0 && message.parts.size() < m_limits.maxParts) {
        const qsizetype afterDelimiter = at + delimiter.size();
        if (body.sliced(afterDelimiter).startsWith("--"))
            return; // close delimiter; the epilogue is ignored
        const qsizetype start = endOfLine(body, afterDelimiter);
        const qsizetype next = findDelimiter(body, delimiter, start);
        qsizetype end = next < 0 ? body.size() : next;
        while (next > start && end > start && (body.at(end - 1) == ' ' || body.at(end - 1) == '\t'))
            --end; // an indented delimiter's blanks
        if (next > start && end > start && body.at(end - 1) == '\n')
            --end; // the line break before a delimiter belongs to the delimiter
        walkEntity(message, body.sliced(start, qMax<qsizetype>(0, end - start)), parent, depth, MimePart::Kind::Body);
        at = next;
    }
    if (at >= 0)
        message.truncated = true;
}

} // namespace Vigie::Mime
