#include "ArrivalAge.h"

namespace Vigie::Watch::ArrivalAge {

namespace {

// How much earlier than mail already seen a message may be dated and still be new: servers
// deliver in parallel, and date a message when it starts to come in.
constexpr qint64 DeliveryOrderSlackSecs = 10 * 60;
constexpr qint64 UnmeasuredMarginSecs = 3600;
constexpr qint64 LateReportMs = 10 * 60 * 1000;
constexpr qint64 StaleReportMs = 7 * 24 * 3600 * 1000LL;

} // namespace

bool isMovedIn(const Arrival &arrival, const QDateTime &now)
{
    if (!arrival.internalDate.isValid())
        return false;
    // A date far ahead of now (a message from a lying client) is no measure of anything.
    const bool measured = arrival.newestBefore.isValid() && arrival.newestBefore <= now.addDays(1);
    if (measured && arrival.internalDate < arrival.newestBefore.addSecs(-DeliveryOrderSlackSecs))
        return true;
    if (arrival.backlog)
        return false; // delivered while nobody looked: its date is all there is
    // Seen live, with this computer's clock and a margin no clock is off by; a smaller one while
    // nothing is known of the mailbox yet.
    return arrival.internalDate < now.addDays(-1)
        || (!measured && arrival.internalDate < now.addSecs(-UnmeasuredMarginSecs));
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
