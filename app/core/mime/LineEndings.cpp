#include "LineEndings.h"

namespace Vigie::Mime {

QByteArray LineEndings::toLf(const QByteArray &data)
{
    if (!data.contains('\r'))
        return data;
    QByteArray out(data.size(), Qt::Uninitialized);
    char *o = out.data();
    const char *p = data.constData();
    const char *const end = p + data.size();
    for (; p < end; ++p) {
        if (*p != '\r') {
            *o++ = *p;
            continue;
        }
        *o++ = '\n';
        if (p + 1 < end && p[1] == '\n')
            ++p;
    }
    out.truncate(o - out.constData());
    return out;
}

} // namespace Vigie::Mime
