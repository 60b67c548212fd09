#include "Settings.h"

namespace Vigie::Config {

int Settings::defaultImapPort(TlsMode tls)
{
    return tls == TlsMode::Implicit ? 993 : 143;
}

int Settings::defaultSubmissionPort(TlsMode tls)
{
    return tls == TlsMode::Implicit ? 465 : 587;
}

QString Settings::secretKeyForAccount(const QString &accountName)
{
    return accountName + QStringLiteral("/password");
}

} // namespace Vigie::Config
