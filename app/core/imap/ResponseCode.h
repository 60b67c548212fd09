#pragma once

#include "Token.h"

#include <QByteArray>
#include <QList>

namespace Vigie::Imap {

// The bracketed code of a status response: RFC 3501's and RFC 5530's, typed so that code which
// decides can tell AUTHENTICATIONFAILED from UNAVAILABLE without comparing strings.
struct ResponseCode
{
    enum class Kind {
        None,
        Other,
        // RFC 3501
        Alert,
        BadCharset,
        Capability,
        Parse,
        PermanentFlags,
        ReadOnly,
        ReadWrite,
        TryCreate,
        UidNext,
        UidValidity,
        Unseen,
        // RFC 5530
        Unavailable,
        AuthenticationFailed,
        AuthorizationFailed,
        Expired,
        PrivacyRequired,
        ContactAdmin,
        NoPerm,
        InUse,
        ExpungeIssued,
        Corruption,
        ServerBug,
        ClientBug,
        CannotDelete,
        Limit,
        OverQuota,
        AlreadyExists,
        NonExistent,
        // RFC 7162, RFC 4315
        HighestModSeq,
        NoModSeq,
        Closed,
        AppendUid,
        CopyUid,
    };

    Kind kind = Kind::None;
    QByteArray name; // as sent, upper-cased
    QList<Token> arguments; // tokenized when they could be, else one atom of raw text

    static Kind kindFromName(const QByteArray &upperName);
    std::optional<quint64> numberArgument() const;
    bool operator==(const ResponseCode &) const = default;
};

} // namespace Vigie::Imap
