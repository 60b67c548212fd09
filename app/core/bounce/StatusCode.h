#pragma once

#include "Reason.h"

#include <QString>
#include <QStringView>

namespace Vigie::Bounce {

// RFC 3463 enhanced status codes ("5.1.1") and RFC 5321 reply codes ("550") found in text.
class StatusCode
{
public:
    // The most specific enhanced code in text: the first one whose subject or detail is not 0,
    // else the first one. Empty when there is none.
    static QString find(QStringView text);
    // The first SMTP reply code written as one ("550 ", "550-", "said: 550"), or empty.
    static QString findReplyCode(QStringView text);
    // "5.1.1" from "#5.1.1" or "5.1.1." and similar; empty if text is not a status code.
    static QString normalize(QStringView text);
    // The reason RFC 3463 gives a code, Undefined for codes that say too little (x.0.0, x.5.0...).
    static Reason reasonFor(const QString &status);
    // The more specific of two codes for one recipient (a DSN's "Status: 5.0.0" against a
    // "550 5.1.1" in its diagnostic).
    static QString preferred(const QString &declared, const QString &found);
    static bool isSpecific(const QString &status);
    // Joins a multi-line SMTP reply into one sentence: "550-5.7.1 Messages with\n550 5.7.1 multiple
    // addresses" -> "550-5.7.1 Messages with multiple addresses", whitespace collapsed.
    static QString joinedReply(const QString &text);
};

} // namespace Vigie::Bounce
