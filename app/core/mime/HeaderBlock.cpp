#include "HeaderBlock.h"

#include "EncodedWords.h"

namespace Vigie::Mime {

namespace {

// Length of the field name if line starts with "name:", else -1.
qsizetype fieldNameLength(QByteArrayView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(line.at(i));
        if (c == ':')
            return i > 0 ? i : -1;
        if (c <= 32 || c >= 127) {
            // Some MTAs write "Name : value"; accept blanks between the name and its colon.
            qsizetype j = i;
            while (j < line.size() && (line.at(j) == ' ' || line.at(j) == '\t'))
                ++j;
            return (i > 0 && j < line.size() && line.at(j) == ':') ? i : -1;
        }
    }
    return -1;
}

} // namespace

HeaderBlock HeaderBlock::parse(QByteArrayView data, int maxFields, qsizetype *consumed)
{
    HeaderBlock block;
    qsizetype pos = 0;
    bool first = true;
    bool dropping = false; // past maxFields: continuation lines belong to a dropped field
    while (pos < data.size()) {
        qsizetype eol = data.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? data.size() : eol + 1;
        if (eol < 0)
            eol = data.size();
        const QByteArrayView line = data.sliced(pos, eol - pos);
        if (line.isEmpty()) {
            pos = next;
            break;
        }
        const char lead = line.at(0);
        if ((lead == ' ' || lead == '\t') && !block.m_fields.isEmpty()) {
            if (dropping) {
                pos = next;
                continue;
            }
            QByteArray &value = block.m_fields.last().value;
            const QByteArray piece = line.trimmed().toByteArray();
            if (!piece.isEmpty()) {
                if (!value.isEmpty())
                    value.append(' ');
                value.append(piece);
            }
            pos = next;
            continue;
        }
        if (first && line.startsWith("From ")) { // mbox separator
            first = false;
            pos = next;
            continue;
        }
        first = false;
        const qsizetype nameLength = fieldNameLength(line);
        if (nameLength < 0 && !block.m_fields.isEmpty() && block.m_fields.last().value.endsWith(';')) {
            // A parameter folded without indentation ("Content-Type: multipart/mixed;\nboundary=x").
            block.m_fields.last().value.append(' ').append(line.trimmed().toByteArray());
            pos = next;
            continue;
        }
        if (nameLength < 0)
            break;
        dropping = block.m_fields.size() >= maxFields;
        if (!dropping) {
            const qsizetype colon = line.indexOf(':');
            block.m_fields.append(
                {line.first(nameLength).toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray()});
        }
        pos = next;
    }
    if (consumed)
        *consumed = pos;
    return block;
}

bool HeaderBlock::contains(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (field.name == name)
            return true;
    }
    return false;
}

QByteArray HeaderBlock::raw(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

QList<QByteArray> HeaderBlock::rawAll(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const Field &field : m_fields) {
        if (field.name == name)
            values.append(field.value);
    }
    return values;
}

QString HeaderBlock::text(QByteArrayView name) const
{
    return EncodedWords::decode(raw(name));
}

} // namespace Vigie::Mime
