#pragma once

#include <QString>

namespace Vigie::Bounce {

// Why a message did not reach a recipient, in the vocabulary of the Sisimai bounce decoder so
// that results can be compared with it (https://libsisimai.org/en/reason/).
enum class Reason {
    Undefined,
    OnHold,
    UserUnknown,
    HostUnknown,
    MailboxFull,
    Filtered,
    Rejected,
    Blocked,
    Expired,
    Suspend,
    HasMoved,
    NotAccept,
    NoRelaying,
    NetworkError,
    SystemError,
    SystemFull,
    MesgTooBig,
    ExceedLimit,
    ContentError,
    SecurityError,
    SpamDetected,
    VirusDetected,
    PolicyViolation,
    RequirePtr,
    BadReputation,
    AuthFailure,
    TooManyConn,
    Speeding,
    RateLimited,
    SyntaxError,
    NotCompliantRfc,
    MailerError,
    FailedStartTls,
    Suppressed,
    Delivered,
    Vacation,
    Feedback,
};

// Names, the hard/soft rule and the placeholder status codes of the reasons.
class Reasons
{
public:
    static QString name(Reason reason);
    // Accepts "emailtoolarge", the newer name of mesgtoobig. Unknown names give Undefined.
    static Reason fromName(const QString &name);
    // Hard: the address itself is bad (userunknown, hostunknown, hasmoved; notaccept with 5xx).
    static bool isHard(Reason reason, const QString &replyCode, const QString &status);
    // Sisimai's "x.0.9yy" code for a failure whose message carries no usable status.
    static QString placeholderStatus(Reason reason, bool temporary);
    static bool isPlaceholderStatus(const QString &status);
};

} // namespace Vigie::Bounce
