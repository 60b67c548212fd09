#include "ReasonPatterns.h"

namespace Vigie::Bounce {

const QList<ReasonPatterns::Entry> &ReasonPatterns::entries()
{
    static const QList<Entry> table = [] {
        // Order across themes matters: explicit mailbox states first, then policy reasons that
        // servers phrase with "rejected", then the generic address and transport phrases.
        const QList<Entry> recipient = ReasonPhrases::recipientPhrases();
        const QList<Entry> policy = ReasonPhrases::policyPhrases();
        const QList<Entry> transport = ReasonPhrases::transportPhrases();
        QList<Entry> all;
        const QList<Reason> order{
            Reason::MailboxFull,     Reason::MesgTooBig,   Reason::ExceedLimit,     Reason::Suspend,
            Reason::HasMoved,        Reason::NoRelaying,   Reason::AuthFailure,     Reason::UserUnknown,
            Reason::Filtered,        Reason::RequirePtr,   Reason::NotCompliantRfc, Reason::BadReputation,
            Reason::ContentError,    Reason::SpamDetected, Reason::VirusDetected,   Reason::Rejected,
            Reason::HostUnknown,     Reason::Speeding,     Reason::TooManyConn,     Reason::Blocked,
            Reason::PolicyViolation, Reason::SystemFull,   Reason::NotAccept,       Reason::FailedStartTls,
            Reason::SecurityError,   Reason::NetworkError, Reason::SystemError,     Reason::Expired,
            Reason::Suppressed,      Reason::MailerError,  Reason::SyntaxError,     Reason::OnHold,
        };
        for (const Reason reason : order) {
            for (const QList<Entry> *group : {&recipient, &policy, &transport}) {
                for (const Entry &entry : *group) {
                    if (entry.reason == reason)
                        all.append(entry);
                }
            }
        }
        for (Entry &entry : all)
            entry.pattern.optimize();
        return all;
    }();
    return table;
}

Reason ReasonPatterns::match(QStringView text)
{
    if (text.isEmpty())
        return Reason::Undefined;
    for (const Entry &entry : entries()) {
        if (entry.pattern.match(text).hasMatch())
            return entry.reason;
    }
    return Reason::Undefined;
}

QList<Reason> ReasonPatterns::matchAll(QStringView text)
{
    QList<Reason> reasons;
    if (text.isEmpty())
        return reasons;
    for (const Entry &entry : entries()) {
        if (!reasons.contains(entry.reason) && entry.pattern.match(text).hasMatch())
            reasons.append(entry.reason);
    }
    return reasons;
}

bool ReasonPatterns::matches(Reason reason, QStringView text)
{
    for (const Entry &entry : entries()) {
        if (entry.reason == reason && entry.pattern.match(text).hasMatch())
            return true;
    }
    return false;
}

} // namespace Vigie::Bounce
