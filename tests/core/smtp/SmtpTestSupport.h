#pragma once

#include "smtp/SmtpReply.h"

#include <QTest>

namespace Vigie::Smtp {

// Lets QCOMPARE print replies the way they travelled.
inline char *toString(const SmtpReply &reply)
{
    const QString text = reply.wireLines().join(QStringLiteral(" | ")) + QStringLiteral(" [")
        + QString::fromLatin1(reply.enhancedStatus) + u']';
    return QTest::toString(text);
}

inline SmtpReply reply(int code, QByteArray enhanced, QStringList lines)
{
    return SmtpReply{code, std::move(enhanced), std::move(lines)};
}

} // namespace Vigie::Smtp
