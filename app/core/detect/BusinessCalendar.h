#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <bitset>
#include <optional>

namespace Vigie::Detect {

// The owner's declared calendar: closures (holidays), when no mail is expected and nothing
// is learned, and business hours, outside which a silence never raises the alarm.
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Detect::BusinessCalendar)

public:
    struct Closure
    {
        QDate first;
        QDate last; // inclusive
        bool operator==(const Closure &) const = default;
    };

    // Open every hour of every day, no closures.
    BusinessCalendar();

    // closures: "2026-08-01..2026-08-21, 2026-12-25"; businessHours: "mon-fri 08-18, sat 09-12"
    // (local hours, end exclusive; empty = all hours). On failure, *problem is a sentence.
    static std::optional<BusinessCalendar> parse(const QString &closures, const QString &businessHours,
                                                 QString *problem = nullptr);

    bool isClosed(const QDate &date) const;
    bool isClosed(qint64 localDay) const; // days since 1970-01-01
    bool isBusinessHour(int dayOfWeek, int hourOfDay) const;
    bool hasBusinessHours() const { return m_hasBusinessHours; }
    QList<Closure> closures() const { return m_closures; }

    void addClosure(const QDate &first, const QDate &last);
    void setBusinessHours(int dayOfWeek, int fromHour, int toHour);

    bool operator==(const BusinessCalendar &) const = default;

private:
    static bool parseClosures(const QString &text, BusinessCalendar &calendar, QString *problem);
    static bool parseBusinessHours(const QString &text, BusinessCalendar &calendar, QString *problem);

    QList<Closure> m_closures;
    std::array<std::bitset<24>, 7> m_open;
    bool m_hasBusinessHours = false;
};

} // namespace Vigie::Detect
