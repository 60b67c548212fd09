#include "LineEndings.h"

namespace Vigie::Mime {

QByteArray LineEndings::toLf(const QByteArray &data)
{
    if (!data.contains('\r'))
        return data;
    QByteArray out;
    out.reserve(data.size());
    const char *p = data.constData();
    const char *const end = p + data.size();
    for (; p < end; ++p) {
        if (*p != '\r') {
            out.append(*p);
            continue;
        }
        out.append('\n');
        if (p + 1 < end && p[1] == '\n')
            ++p;
    }
    return out;
}

} // namespace Vigie::Mime
