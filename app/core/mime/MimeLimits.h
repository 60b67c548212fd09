#pragma once

#include <QtGlobal>

namespace Vigie::Mime {

// Caps that keep the walker's work and memory proportional to its input whatever the input claims:
// hostile nesting, thousands of parts or an endless header block only cost up to these bounds.
struct MimeLimits
{
    int maxDepth = 12;
    int maxParts = 200;
    int maxHeaderFields = 400;
    qsizetype maxMessageBytes = 64 * 1024 * 1024;

    bool operator==(const MimeLimits &) const = default;
};

} // namespace Vigie::Mime
