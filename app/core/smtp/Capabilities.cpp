#include "Capabilities.h"

namespace Vigie::Smtp {

Capabilities Capabilities::fromEhloReply(const SmtpReply &reply)
{
    Capabilities capabilities;
    if (reply.lines.isEmpty())
        return capabilities;
    capabilities.m_serverDomain = reply.lines.constFirst().section(u' ', 0, 0);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QList<QByteArray> words = reply.lines.at(i).toLatin1().simplified().split(' ');
        if (words.isEmpty() || words.constFirst().isEmpty())
            continue;
        QByteArray keyword = words.constFirst().toUpper();
        QList<QByteArray> parameters = words.mid(1);
        // Some servers still write "AUTH=PLAIN LOGIN" (pre-RFC 4954 clients expected it).
        if (keyword.startsWith("AUTH=")) {
            parameters.prepend(keyword.mid(5));
            keyword = "AUTH";
        }
        QList<QByteArray> &known = capabilities.m_extensions[keyword];
        for (const QByteArray &parameter : std::as_const(parameters)) {
            if (!parameter.isEmpty() && !known.contains(parameter))
                known.append(parameter);
        }
    }
    return capabilities;
}

bool Capabilities::has(QByteArrayView keyword) const
{
    return m_extensions.contains(keyword.toByteArray().toUpper());
}

QList<QByteArray> Capabilities::parameters(QByteArrayView keyword) const
{
    return m_extensions.value(keyword.toByteArray().toUpper());
}

QList<QByteArray> Capabilities::authMechanisms() const
{
    QList<QByteArray> mechanisms;
    for (const QByteArray &name : parameters("AUTH")) {
        const QByteArray upper = name.toUpper();
        if (!mechanisms.contains(upper))
            mechanisms.append(upper);
    }
    return mechanisms;
}

std::optional<qint64> Capabilities::sizeLimit() const
{
    if (!has("SIZE"))
        return std::nullopt;
    const QList<QByteArray> values = parameters("SIZE");
    bool ok = false;
    const qint64 limit = values.isEmpty() ? 0 : values.constFirst().toLongLong(&ok);
    return ok && limit > 0 ? limit : 0;
}

} // namespace Vigie::Smtp
