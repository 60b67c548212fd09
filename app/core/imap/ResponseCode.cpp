#include "ResponseCode.h"

#include <QHash>

namespace Vigie::Imap {

ResponseCode::Kind ResponseCode::kindFromName(const QByteArray &upperName)
{
    static const QHash<QByteArray, Kind> kinds = {
        {"ALERT", Kind::Alert},
        {"BADCHARSET", Kind::BadCharset},
        {"CAPABILITY", Kind::Capability},
        {"PARSE", Kind::Parse},
        {"PERMANENTFLAGS", Kind::PermanentFlags},
        {"READ-ONLY", Kind::ReadOnly},
        {"READ-WRITE", Kind::ReadWrite},
        {"TRYCREATE", Kind::TryCreate},
        {"UIDNEXT", Kind::UidNext},
        {"UIDVALIDITY", Kind::UidValidity},
        {"UNSEEN", Kind::Unseen},
        {"UNAVAILABLE", Kind::Unavailable},
        {"AUTHENTICATIONFAILED", Kind::AuthenticationFailed},
        {"AUTHORIZATIONFAILED", Kind::AuthorizationFailed},
        {"EXPIRED", Kind::Expired},
        {"PRIVACYREQUIRED", Kind::PrivacyRequired},
        {"CONTACTADMIN", Kind::ContactAdmin},
        {"NOPERM", Kind::NoPerm},
        {"INUSE", Kind::InUse},
        {"EXPUNGEISSUED", Kind::ExpungeIssued},
        {"CORRUPTION", Kind::Corruption},
        {"SERVERBUG", Kind::ServerBug},
        {"CLIENTBUG", Kind::ClientBug},
        {"CANNOT", Kind::CannotDelete},
        {"LIMIT", Kind::Limit},
        {"OVERQUOTA", Kind::OverQuota},
        {"ALREADYEXISTS", Kind::AlreadyExists},
        {"NONEXISTENT", Kind::NonExistent},
        {"HIGHESTMODSEQ", Kind::HighestModSeq},
        {"NOMODSEQ", Kind::NoModSeq},
        {"CLOSED", Kind::Closed},
        {"APPENDUID", Kind::AppendUid},
        {"COPYUID", Kind::CopyUid},
    };
    return kinds.value(upperName, Kind::Other);
}

std::optional<quint64> ResponseCode::numberArgument() const
{
    if (arguments.isEmpty())
        return std::nullopt;
    return arguments.constFirst().number();
}

} // namespace Vigie::Imap
