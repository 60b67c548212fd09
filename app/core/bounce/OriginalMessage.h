#pragma once

#include <QString>

namespace Vigie::Bounce {

// What a report quotes of the message that failed: enough to tie it to a probe Vigie sent.
struct OriginalMessage
{
    QString messageId; // without angle brackets
    QString subject;
    QString from;
    QString to;
    QString probeToken; // the X-Vigie-Probe header

    bool isEmpty() const { return messageId.isEmpty() && subject.isEmpty() && from.isEmpty() && to.isEmpty(); }
    bool operator==(const OriginalMessage &) const = default;
};

} // namespace Vigie::Bounce
