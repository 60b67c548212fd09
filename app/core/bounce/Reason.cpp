#include "Reason.h"

#include <array>
#include <utility>

namespace Vigie::Bounce {

namespace {

struct ReasonInfo
{
    Reason reason;
    const char16_t *name;
    int placeholder; // the "9yy" of x.0.9yy, 0 when there is none
    bool temporaryPlaceholder;
};

constexpr std::array<ReasonInfo, 37> kReasons{{
    {Reason::Undefined, u"undefined", 900, true},
    {Reason::OnHold, u"onhold", 901, true},
    {Reason::UserUnknown, u"userunknown", 911, false},
    {Reason::HostUnknown, u"hostunknown", 912, false},
    {Reason::MailboxFull, u"mailboxfull", 922, true},
    {Reason::Filtered, u"filtered", 910, true},
    {Reason::Rejected, u"rejected", 918, true},
    {Reason::Blocked, u"blocked", 971, true},
    {Reason::Expired, u"expired", 947, true},
    {Reason::Suspend, u"suspend", 921, true},
    {Reason::HasMoved, u"hasmoved", 916, false},
    {Reason::NotAccept, u"notaccept", 932, true},
    {Reason::NoRelaying, u"norelaying", 909, true},
    {Reason::NetworkError, u"networkerror", 944, true},
    {Reason::SystemError, u"systemerror", 930, true},
    {Reason::SystemFull, u"systemfull", 931, true},
    {Reason::MesgTooBig, u"mesgtoobig", 934, true},
    {Reason::ExceedLimit, u"exceedlimit", 923, true},
    {Reason::ContentError, u"contenterror", 960, true},
    {Reason::SecurityError, u"securityerror", 970, true},
    {Reason::SpamDetected, u"spamdetected", 980, true},
    {Reason::VirusDetected, u"virusdetected", 981, true},
    {Reason::PolicyViolation, u"policyviolation", 972, true},
    {Reason::RequirePtr, u"requireptr", 973, true},
    {Reason::BadReputation, u"badreputation", 975, true},
    {Reason::AuthFailure, u"authfailure", 926, true},
    {Reason::TooManyConn, u"toomanyconn", 945, true},
    {Reason::Speeding, u"speeding", 946, true},
    {Reason::RateLimited, u"ratelimited", 946, true},
    {Reason::SyntaxError, u"syntaxerror", 902, true},
    {Reason::NotCompliantRfc, u"notcompliantrfc", 974, true},
    {Reason::MailerError, u"mailererror", 939, true},
    {Reason::FailedStartTls, u"failedstarttls", 976, true},
    {Reason::Suppressed, u"suppressed", 903, true},
    {Reason::Delivered, u"delivered", 0, false},
    {Reason::Vacation, u"vacation", 0, false},
    {Reason::Feedback, u"feedback", 0, false},
}};

const ReasonInfo &info(Reason reason)
{
    for (const ReasonInfo &entry : kReasons) {
        if (entry.reason == reason)
            return entry;
    }
    return kReasons.front();
}

} // namespace

QString Reasons::name(Reason reason)
{
    return QString::fromUtf16(info(reason).name);
}

Reason Reasons::fromName(const QString &name)
{
    if (name == u"emailtoolarge")
        return Reason::MesgTooBig;
    for (const ReasonInfo &entry : kReasons) {
        if (name == QStringView(entry.name))
            return entry.reason;
    }
    return Reason::Undefined;
}

bool Reasons::isHard(Reason reason, const QString &replyCode, const QString &status)
{
    switch (reason) {
    case Reason::UserUnknown:
    case Reason::HostUnknown:
    case Reason::HasMoved:
        return true;
    case Reason::NotAccept:
        return replyCode.startsWith(u'5') || (replyCode.isEmpty() && status.startsWith(u'5'));
    default:
        return false;
    }
}

QString Reasons::placeholderStatus(Reason reason, bool temporary)
{
    const ReasonInfo &entry = info(reason);
    if (entry.placeholder == 0)
        return {};
    // Filtered has its own temporary code; reasons about the address itself are never temporary.
    int code = entry.placeholder;
    if (temporary && reason == Reason::Filtered)
        code = 924;
    const bool useTemporary = temporary && entry.temporaryPlaceholder;
    return QStringLiteral("%1.0.%2").arg(useTemporary ? 4 : 5).arg(code);
}

bool Reasons::isPlaceholderStatus(const QString &status)
{
    return status.size() == 7 && status.mid(1, 4) == u".0.9";
}

} // namespace Vigie::Bounce
