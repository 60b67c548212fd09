#pragma once

#include "Reason.h"

#include <QRegularExpression>
#include <QStringView>

namespace Vigie::Bounce {

// What MTAs and providers write around a plain-text bounce: the wording that opens a report,
// the line that introduces the quoted original message, and a few recognisable fragments.
// The per-family tables are in MtaFamilies.cpp.
class MtaPatterns
{
public:
    struct Family
    {
        const char16_t *name;
        const char16_t *reportWording; // a sentence only this family's reports contain
        const char16_t *originalMarker; // the line before the quoted message, or nullptr
        // What this family's reports mean when the text names no reason (a mailing list host
        // that only ever refuses posts, say); Undefined for most.
        Reason fallback = Reason::Undefined;
    };

    static const QRegularExpression &reportWording();
    // The wording of a named family only (no generic "undeliverable" phrases).
    static const QRegularExpression &familyWording();
    static const QRegularExpression &originalMessageMarker();
    static const QRegularExpression &bounceSubject();
    static bool isSystemAddress(const QString &lowerAddress);
    // "RCPT", "DATA", "MAIL", ... when the text says which command the error answered.
    static QString smtpCommand(QStringView text);
    // The fallback reason of the first family with one whose wording occurs in text.
    static Reason fallbackReason(QStringView text);
};

namespace MtaFamilies {
const QList<MtaPatterns::Family> &families();
} // namespace MtaFamilies

} // namespace Vigie::Bounce
