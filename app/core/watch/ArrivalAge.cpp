#include "ArrivalAge.h"

namespace Vigie::Watch::ArrivalAge {

namespace {

// How much earlier than mail already seen a message may be dated and still be new: servers
// deliver in parallel, and date a message when it starts to come in.
constexpr qint64 DeliveryOrderSlackSecs = 10 * 60;
constexpr qint64 LateReportMs = 10 * 60 * 1000;
constexpr qint64 StaleReportMs = 7 * 24 * 3600 * 1000LL;

} // namespace

bool isMovedIn(const Arrival &arrival, const QDateTime &now)
{
    if (arrival.backlog || !arrival.internalDate.isValid())
        return false;
    return (arrival.newestBefore.isValid()
            && arrival.internalDate < arrival.newestBefore.addSecs(-DeliveryOrderSlackSecs))
        || arrival.internalDate < now.addDays(-1);
}

Report ofReport(const Arrival &report, const QDateTime &now)
{
    if (!report.internalDate.isValid())
        return report.backlog ? Report::FoundLate : Report::Live;
    const qint64 ageMs = report.internalDate.msecsTo(now);
    if (ageMs > StaleReportMs)
        return Report::Stale;
    if (isMovedIn(report, now) || (report.backlog && ageMs > LateReportMs))
        return Report::FoundLate;
    return Report::Live;
}

} // namespace Vigie::Watch::ArrivalAge
