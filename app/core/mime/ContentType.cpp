#include "ContentType.h"

namespace Vigie::Mime {

namespace {

QByteArray stripComments(const QByteArray &value)
{
    if (!value.contains('('))
        return value;
    QByteArray out;
    out.reserve(value.size());
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (quoted) {
            out.append(c);
            if (c == '\\' && i + 1 < value.size())
                out.append(value.at(++i));
            else if (c == '"')
                quoted = false;
        } else if (c == '"' && depth == 0) {
            quoted = true;
            out.append(c);
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && depth > 0) {
            --depth;
        } else if (depth == 0) {
            out.append(c);
        }
    }
    return out;
}

// Splits at ';' outside quotes.
QList<QByteArray> splitParameters(const QByteArray &value)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '"')
            quoted = !quoted;
        if (c == '\\' && quoted && i + 1 < value.size()) {
            current.append(value.at(++i));
            continue;
        }
        if (c == ';' && !quoted) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    parts.append(current.trimmed());
    return parts;
}

QByteArray unquote(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        return value.mid(1, value.size() - 2);
    return value;
}

// RFC 2231: charset'language'percent-encoded; Vigie only needs the bytes of ASCII parameters.
QByteArray percentDecoded(const QByteArray &value)
{
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first >= 0 ? value.indexOf('\'', first + 1) : -1;
    return QByteArray::fromPercentEncoding(second >= 0 ? value.mid(second + 1) : value);
}

} // namespace

ContentType ContentType::parse(const QByteArray &value)
{
    ContentType result;
    const QList<QByteArray> parts = splitParameters(stripComments(value));
    // A missing ";" before a folded parameter leaves "text/plain charset=..." here.
    const QByteArray mimeType = parts.constFirst().simplified().toLower().split(' ').constFirst();
    if (mimeType.count('/') == 1 && !mimeType.startsWith('/') && !mimeType.endsWith('/'))
        result.mimeType = mimeType;
    else if (!mimeType.isEmpty() && !mimeType.contains('/'))
        result.mimeType = mimeType; // Content-Disposition: "inline", "attachment"
    QMap<QByteArray, QMap<int, QByteArray>> continued;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts.at(i).indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray name = parts.at(i).left(eq).trimmed().toLower();
        QByteArray parameterValue = unquote(parts.at(i).mid(eq + 1));
        const bool encoded = name.endsWith('*');
        if (encoded) {
            name.chop(1);
            parameterValue = percentDecoded(parameterValue);
        }
        const qsizetype star = name.indexOf('*');
        if (star > 0) {
            bool ok = false;
            const int index = name.mid(star + 1).toInt(&ok);
            if (ok && index >= 0 && index < 100) {
                continued[name.left(star)].insert(index, parameterValue);
                continue;
            }
        }
        result.parameters.insert(name, parameterValue);
    }
    for (auto it = continued.cbegin(); it != continued.cend(); ++it) {
        QByteArray joined;
        for (const QByteArray &piece : it.value())
            joined += piece;
        if (!result.parameters.contains(it.key()))
            result.parameters.insert(it.key(), joined);
    }
    return result;
}

} // namespace Vigie::Mime
