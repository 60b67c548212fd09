#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Vigie::Smtp {

// The message as it goes after DATA (RFC 5321 section 4.5.2): every line ends in CRLF, a line
// starting with "." gets a second one so that it cannot end the message early, and the
// end-of-data line "." follows.
class DotStuffer
{
public:
    static QByteArray encode(QByteArrayView message);
};

} // namespace Vigie::Smtp
