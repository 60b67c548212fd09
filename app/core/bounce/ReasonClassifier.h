#pragma once

#include "FailedRecipient.h"

#include <QStringView>

#include <optional>

namespace Vigie::Bounce {

// Decides the reason of one failed recipient from what the report says about it: the server's
// text first (it is the most specific), then the enhanced status code, then the action, then
// the report's human-readable text around it. Also fills in the hard flag and, when the
// report has no status code, Sisimai's placeholder code.
class ReasonClassifier
{
public:
    struct Input
    {
        QString diagnosticType; // "smtp", "x-unix", ... from a DSN
        QString context; // the report's human-readable text, tried last
        QString preamble; // the report's own explanation, before it names any recipient
        // The reason phrase found in context, shared by all recipients of one report: looking
        // through a long text once per report, not once per recipient.
        mutable std::optional<Reason> contextReason = std::nullopt;
    };

    static void classify(FailedRecipient &recipient, const Input &input);
    static Reason reasonOf(const FailedRecipient &recipient, const Input &input);
};

} // namespace Vigie::Bounce
