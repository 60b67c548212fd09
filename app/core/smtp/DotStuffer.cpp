#include "DotStuffer.h"

namespace Vigie::Smtp {

QByteArray DotStuffer::encode(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 32 + 8);
    bool atLineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (atLineStart && c == '.')
            out.append('.');
        // A bare CR or LF is not a line ending SMTP knows; make each one a CRLF rather than let
        // a server guess (or, worse, smuggle an end-of-data past a lenient one).
        if (c == '\r' || c == '\n') {
            out.append("\r\n");
            if (c == '\r' && i + 1 < message.size() && message.at(i + 1) == '\n')
                ++i;
            atLineStart = true;
            continue;
        }
        out.append(c);
        atLineStart = false;
    }
    if (!atLineStart)
        out.append("\r\n");
    out.append(".\r\n");
    return out;
}

} // namespace Vigie::Smtp
