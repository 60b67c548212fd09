#pragma once

#include <QtGlobal>

namespace Vigie::Detect {

// Who sent an arrival, as far as its header tells.
enum class ArrivalOrigin {
    // A correspondent, or nothing known: the detector tells bursts from people by timing alone.
    Unknown,
    // A mailing list, newsletter or notification: part of a burst whatever its size.
    BulkSender,
};

// An arrival as the silence detector learns it.
struct TimedArrival
{
    qint64 atMs = 0;
    ArrivalOrigin origin = ArrivalOrigin::Unknown;

    bool operator==(const TimedArrival &) const = default;
};

constexpr ArrivalOrigin originOf(bool fromBulkSender)
{
    return fromBulkSender ? ArrivalOrigin::BulkSender : ArrivalOrigin::Unknown;
}

} // namespace Vigie::Detect
