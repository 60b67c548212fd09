#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Vigie::Mime {

// An RFC 5322 header block (a message's, a body part's, or the field groups of a delivery-status
// part), unfolded. Values stay raw bytes; text() decodes encoded words and 8-bit bytes.
class HeaderBlock
{
public:
    struct Field
    {
        QByteArray name; // lower-cased
        QByteArray value; // unfolded, trimmed, undecoded

        bool operator==(const Field &) const = default;
    };

    // Parses fields until the first empty line or the first line that cannot belong to a header.
    // consumed (optional) gets the offset where the body begins.
    static HeaderBlock parse(QByteArrayView data, int maxFields, qsizetype *consumed = nullptr);

    const QList<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    bool contains(QByteArrayView name) const;
    QByteArray raw(QByteArrayView name) const; // first occurrence, empty if absent
    QList<QByteArray> rawAll(QByteArrayView name) const;
    QString text(QByteArrayView name) const;

    bool operator==(const HeaderBlock &) const = default;

private:
    QList<Field> m_fields;
};

} // namespace Vigie::Mime
