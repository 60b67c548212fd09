#pragma once

#include "FeedbackReport.h"

#include <QByteArray>

namespace Vigie::Bounce {

// RFC 5965 (ARF) feedback reports, and the older "abuse report" forms that put the same fields
// in a text part.
class FeedbackReportParser
{
public:
    static FeedbackReport parse(const QByteArray &body);
};

} // namespace Vigie::Bounce
