#include "Charsets.h"

#include <QStringDecoder>
#include <QUtf8StringView>

namespace Vigie::Mime {

namespace {

bool isAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Labels seen in real mail that the codec layer does not know under that spelling.
QByteArray canonicalName(const QByteArray &charset)
{
    QByteArray name = charset.trimmed().toLower();
    if (name.startsWith('"') && name.endsWith('"') && name.size() >= 2)
        name = name.mid(1, name.size() - 2);
    if (name == "utf8")
        return QByteArrayLiteral("utf-8");
    if (name == "ks_c_5601-1987" || name == "ks_c_5601")
        return QByteArrayLiteral("cp949");
    if (name == "x-sjis" || name == "shift-jis" || name == "sjis")
        return QByteArrayLiteral("shift_jis");
    if (name == "cp-850")
        return QByteArrayLiteral("ibm850");
    return name;
}

} // namespace

bool Charsets::isValidUtf8(const QByteArray &bytes)
{
    return QUtf8StringView(bytes.constData(), bytes.size()).isValidUtf8();
}

QString Charsets::undeclared(const QByteArray &bytes)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes);
}

QString Charsets::toUnicode(const QByteArray &bytes, const QByteArray &charset)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    const QByteArray name = canonicalName(charset);
    if (name.isEmpty() || name == "us-ascii" || name == "utf-8")
        return undeclared(bytes);
    if (name == "iso-8859-1" || name == "latin1")
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return undeclared(bytes);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return undeclared(bytes);
    return text;
}

} // namespace Vigie::Mime
