#pragma once

#include <QByteArray>

namespace Vigie::Mime {

// Mail arrives with CRLF, LF or (from old Mac tools) bare CR line endings, sometimes mixed.
// Everything downstream works on LF only, so the walker normalises once, in one linear pass.
class LineEndings
{
public:
    static QByteArray toLf(const QByteArray &data);
};

} // namespace Vigie::Mime
