#pragma once

#include "BounceReport.h"

#include "mime/MimeLimits.h"

#include <QByteArray>

namespace Vigie::Mime {
struct MimeMessage;
}

namespace Vigie::Bounce {

// Reads one raw message and says whether it reports a delivery problem, for which recipients,
// and why. Pure and thread-safe: no network, no state between calls.
class BounceClassifier
{
public:
    explicit BounceClassifier(Mime::MimeLimits limits = {});

    BounceReport classify(const QByteArray &rawMessage) const;
    BounceReport classify(const Mime::MimeMessage &message) const;

private:
    BounceReport classifyAt(const Mime::MimeMessage &message, int depth) const;
    // A report quoting another report as plain text (a forwarded bounce): the inner one.
    BounceReport quotedReport(const QString &text, qsizetype offset, int depth) const;

    Mime::MimeLimits m_limits;
};

} // namespace Vigie::Bounce
