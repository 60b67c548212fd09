#pragma once

#include "Reason.h"

#include <QList>
#include <QRegularExpression>
#include <QStringView>

namespace Vigie::Bounce {

// The phrases MTAs and providers use for each reason, as case-insensitive regular expressions,
// in the order they are tried (a full mailbox is checked before "user unknown" because some
// servers say "mailbox unavailable: quota exceeded"). The tables are in ReasonPhrases*.cpp.
class ReasonPatterns
{
public:
    struct Entry
    {
        Reason reason;
        QRegularExpression pattern;
    };

    // The first reason whose phrases occur in text, or Undefined.
    static Reason match(QStringView text);
    static bool matches(Reason reason, QStringView text);
    // Every reason whose phrases occur in text, in table order.
    static QList<Reason> matchAll(QStringView text);

private:
    static const QList<Entry> &entries();
};

// The phrase tables, split by theme to keep each file readable.
namespace ReasonPhrases {
QList<ReasonPatterns::Entry> recipientPhrases(); // mailbox, address, domain
QList<ReasonPatterns::Entry> policyPhrases(); // sender, content, reputation, authentication
QList<ReasonPatterns::Entry> transportPhrases(); // network, system, time-outs
} // namespace ReasonPhrases

} // namespace Vigie::Bounce
