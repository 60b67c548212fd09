#include "BulkSender.h"

namespace Vigie::Mime {

bool BulkSender::isBulk(const HeaderBlock &header)
{
    if (header.contains("list-id") || header.contains("list-unsubscribe"))
        return true;
    const QByteArray precedence = header.raw("precedence").trimmed().toLower();
    return precedence == "bulk" || precedence == "list" || precedence == "junk";
}

QList<QByteArray> BulkSender::headerFields()
{
    return {QByteArrayLiteral("List-Id"), QByteArrayLiteral("List-Unsubscribe"), QByteArrayLiteral("Precedence")};
}

} // namespace Vigie::Mime
