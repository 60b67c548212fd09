#pragma once

#include "mime/MimeMessage.h"

#include <QString>

namespace Vigie::Bounce {

// The human-readable text of a report: its first text part outside any quoted message (HTML
// reduced to text when there is no plain part), or the whole body of a single-part message.
class ReportText
{
public:
    static QString of(const Mime::MimeMessage &message);
    static QString fromHtml(const QString &html);
};

} // namespace Vigie::Bounce
