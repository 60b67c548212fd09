#pragma once

#include "Arrival.h"

#include <QDateTime>

namespace Vigie::Watch {

// What a message found in a mailbox says of now, from when the server delivered it. Live mail
// is about now whatever the two clocks say; mail found on connecting, or moved in from another
// folder, is about when it was delivered.
namespace ArrivalAge {

enum class Report { Live, FoundLate, Stale };

// Moved or copied into the mailbox, not delivered now: dated well before mail already reported
// there (both dates by the server's clock), or, seen live, more than a day ago (no clock is off
// by that much), or an hour ago while no mail has been seen there yet.
bool isMovedIn(const Arrival &arrival, const QDateTime &now);

// A report (a bounce) is found late when moved in, or found on connecting more than 10 minutes
// after its delivery; stale, telling nothing now, when delivered more than 7 days ago (as far back
// as a resumed watch ever looks).
Report ofReport(const Arrival &report, const QDateTime &now);

} // namespace ArrivalAge

} // namespace Vigie::Watch
