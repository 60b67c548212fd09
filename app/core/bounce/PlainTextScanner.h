#pragma once

#include "FailedRecipient.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Vigie::Bounce {

// Reads the human-readable text of a bounce that has no delivery-status part (qmail, Exim,
// Gmail, Domino, and the like, in any language): finds where the quoted original message
// begins, the failed addresses before it, and the text each address is reported with.
class PlainTextScanner
{
public:
    struct Result
    {
        QList<FailedRecipient> recipients; // reason not decided yet
        QString errorText; // the report before the quoted message
        // The start of errorText, where reports explain themselves: what reason phrases are
        // looked for in, so that a long report costs no more than a short one.
        QString summary;
        // What the report says before it names the first recipient: its own explanation,
        // about all of them.
        QString preamble;
        qsizetype originalOffset = -1; // where the quoted message starts in the text, or -1
        bool hasSmtpEvidence = false; // a reply or status code, or a known MTA's report wording

        bool operator==(const Result &) const = default;
    };

    // excluded: lower-case addresses that are not recipients (the report's sender and addressee).
    // failedHint: addresses an X-Failed-Recipients header names, used in preference.
    static Result scan(const QString &text, const QSet<QString> &excluded, const QStringList &failedHint);
    static qsizetype originalMessageOffset(const QString &text);
    static bool hasReportWording(QStringView text);
};

} // namespace Vigie::Bounce
