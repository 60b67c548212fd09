#include "BusinessCalendar.h"

#include <QRegularExpression>

namespace Vigie::Detect {

namespace {

const QDate Epoch(1970, 1, 1);

int dayNumber(const QString &name)
{
    static const QStringList names{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                   QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                   QStringLiteral("sun")};
    return int(names.indexOf(name.left(3).toLower())) + 1; // 0 when unknown
}

} // namespace

BusinessCalendar::BusinessCalendar()
{
    for (auto &day : m_open)
        day.set();
}

std::optional<BusinessCalendar> BusinessCalendar::parse(const QString &closures, const QString &businessHours,
                                                        QString *problem)
{
    BusinessCalendar calendar;
    if (!parseClosures(closures, calendar, problem) || !parseBusinessHours(businessHours, calendar, problem))
        return std::nullopt;
    return calendar;
}

bool BusinessCalendar::parseClosures(const QString &text, BusinessCalendar &calendar, QString *problem)
{
    const QStringList items = text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const QStringList ends = item.split(QStringLiteral(".."));
        const QDate first = QDate::fromString(ends.constFirst().trimmed(), Qt::ISODate);
        const QDate last = ends.size() == 2 ? QDate::fromString(ends.constLast().trimmed(), Qt::ISODate) : first;
        if (ends.size() > 2 || !first.isValid() || !last.isValid() || last < first) {
            if (problem) {
                *problem = tr("The closure “%1” is not a date or a range of dates such as "
                              "2026-08-01..2026-08-21.")
                               .arg(item);
            }
            return false;
        }
        calendar.addClosure(first, last);
    }
    return true;
}

bool BusinessCalendar::parseBusinessHours(const QString &text, BusinessCalendar &calendar, QString *problem)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([a-z]{3})[a-z]*(?:\s*-\s*([a-z]{3})[a-z]*)?\s+(\d{1,2})(?::00)?\s*-\s*(\d{1,2})(?::00)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList items = text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const QRegularExpressionMatch match = pattern.match(item);
        const int firstDay = match.hasMatch() ? dayNumber(match.captured(1)) : 0;
        const int lastDay = match.hasMatch() && match.hasCaptured(2) ? dayNumber(match.captured(2)) : firstDay;
        const int from = match.captured(3).toInt();
        const int to = match.captured(4).toInt();
        if (firstDay == 0 || lastDay == 0 || lastDay < firstDay || from >= to || to > 24) {
            if (problem) {
                *problem = tr("The business hours “%1” are not understood; write for example "
                              "“mon-fri 08-18, sat 09-12”.")
                               .arg(item);
            }
            return false;
        }
        for (int day = firstDay; day <= lastDay; ++day)
            calendar.setBusinessHours(day, from, to);
    }
    return true;
}

void BusinessCalendar::addClosure(const QDate &first, const QDate &last)
{
    m_closures.append({first, last});
}

void BusinessCalendar::setBusinessHours(int dayOfWeek, int fromHour, int toHour)
{
    if (!m_hasBusinessHours) {
        for (auto &day : m_open)
            day.reset();
        m_hasBusinessHours = true;
    }
    for (int hour = qMax(0, fromHour); hour < qMin(24, toHour); ++hour)
        m_open[size_t(dayOfWeek - 1)].set(size_t(hour));
}

bool BusinessCalendar::isClosed(const QDate &date) const
{
    for (const Closure &closure : m_closures) {
        if (date >= closure.first && date <= closure.last)
            return true;
    }
    return false;
}

bool BusinessCalendar::isClosed(qint64 localDay) const
{
    return !m_closures.isEmpty() && isClosed(Epoch.addDays(localDay));
}

bool BusinessCalendar::isBusinessHour(int dayOfWeek, int hourOfDay) const
{
    return m_open[size_t(dayOfWeek - 1)].test(size_t(hourOfDay));
}

} // namespace Vigie::Detect
