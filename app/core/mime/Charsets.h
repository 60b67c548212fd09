#pragma once

#include <QByteArray>
#include <QString>

namespace Vigie::Mime {

// Bytes in a declared charset to text. An unknown or missing charset never fails: the bytes are
// read as UTF-8 when they are valid UTF-8, else as Latin-1, so no byte is ever lost.
class Charsets
{
public:
    static QString toUnicode(const QByteArray &bytes, const QByteArray &charset);
    static QString undeclared(const QByteArray &bytes);
    static bool isValidUtf8(const QByteArray &bytes);
};

} // namespace Vigie::Mime
