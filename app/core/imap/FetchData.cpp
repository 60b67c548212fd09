#include "FetchData.h"

#include <QTimeZone>

namespace Vigie::Imap {

namespace {

std::optional<int> digits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 4)
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

QDateTime parseInternalDate(QByteArrayView text)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    text = text.trimmed();
    // dd-Mon-yyyy hh:mm:ss +zzzz, the day possibly space-padded (" 7-Jul-...", trimmed above)
    const qsizetype dash1 = text.indexOf('-');
    if (dash1 < 1 || text.size() < dash1 + 24)
        return {};
    const auto day = digits(text.first(dash1));
    const QByteArray month = text.sliced(dash1 + 1, 3).toByteArray().toLower();
    const auto year = digits(text.sliced(dash1 + 5, 4));
    const QByteArrayView time = text.sliced(dash1 + 10, 8);
    const QByteArrayView zone = text.sliced(dash1 + 19, 5);
    if (!day || !year || text.at(dash1 + 4) != '-' || text.at(dash1 + 9) != ' ' || text.at(dash1 + 18) != ' ')
        return {};
    int monthNumber = 0;
    for (int i = 0; i < 12; ++i) {
        if (month == months[i])
            monthNumber = i + 1;
    }
    const auto hours = digits(time.sliced(0, 2));
    const auto minutes = digits(time.sliced(3, 2));
    const auto seconds = digits(time.sliced(6, 2));
    const auto zoneHours = digits(zone.sliced(1, 2));
    const auto zoneMinutes = digits(zone.sliced(3, 2));
    if (!monthNumber || !hours || !minutes || !seconds || !zoneHours || !zoneMinutes
        || (zone.at(0) != '+' && zone.at(0) != '-'))
        return {};
    const QDate date(*year, monthNumber, *day);
    const QTime clock(*hours, *minutes, *seconds);
    if (!date.isValid() || !clock.isValid())
        return {};
    const int offset = (zone.at(0) == '-' ? -1 : 1) * (*zoneHours * 3600 + *zoneMinutes * 60);
    return QDateTime(date, clock, Qt::UTC).addSecs(-offset);
}

std::optional<FetchData> FetchData::fromTokens(quint32 sequenceNumber, const Token &attributes)
{
    if (!attributes.isList() || attributes.list.size() % 2 != 0)
        return std::nullopt;
    FetchData data;
    data.sequenceNumber = sequenceNumber;
    for (qsizetype i = 0; i < attributes.list.size(); i += 2) {
        const Token &key = attributes.list.at(i);
        const Token &value = attributes.list.at(i + 1);
        if (!key.isAtom())
            return std::nullopt;
        const QByteArray name = key.bytes.toUpper();
        if (name == "UID") {
            const auto uid = value.number();
            if (!uid || *uid == 0 || *uid > 0xffffffffu)
                return std::nullopt;
            data.uid = quint32(*uid);
        } else if (name == "INTERNALDATE") {
            data.internalDate = parseInternalDate(value.bytes);
            if (!value.isString() || !data.internalDate.isValid())
                return std::nullopt;
        } else if (name == "RFC822.SIZE") {
            const auto size = value.number();
            if (!size)
                return std::nullopt;
            data.size = qint64(*size);
        } else if (name == "FLAGS") {
            if (!value.isList())
                return std::nullopt;
            QList<QByteArray> flags;
            for (const Token &flag : value.list)
                flags.append(flag.bytes);
            data.flags = flags;
        } else if (name == "ENVELOPE") {
            data.envelope = Envelope::fromToken(value);
            if (!data.envelope)
                return std::nullopt;
        } else if (name == "BODYSTRUCTURE" || name == "BODY") {
            data.bodyStructure = value;
        } else if (name == "MODSEQ") {
            if (!value.isList() || value.list.isEmpty() || !value.list.constFirst().number())
                return std::nullopt;
            data.modSeq = value.list.constFirst().number();
        } else if (name.startsWith("BODY[HEADER]") || name.startsWith("BODY[HEADER.FIELDS")
                   || name.startsWith("RFC822.HEADER")) {
            data.header = value.nstring();
        } else if (name.startsWith("BODY[]") || name == "RFC822") {
            data.body = value.nstring();
        }
        // Anything else (X-GM-*, PREVIEW, ...) is not asked for and is ignored.
    }
    return data;
}

} // namespace Vigie::Imap
