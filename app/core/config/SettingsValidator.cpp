#include "SettingsValidator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Vigie::Config {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Config::SettingsValidator)
};

constexpr int MinimumPollIntervalSeconds = 10;

void addError(ConfigProblems &problems, const QString &key, const QString &message)
{
    problems.append({ConfigProblem::Severity::Error, key, message});
}

bool isPlausibleAddress(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(address).hasMatch();
}

bool isPlausibleFingerprint(const QString &fingerprint)
{
    QString hex = fingerprint;
    hex.remove(u':');
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    return pattern.match(hex).hasMatch();
}

void validateServer(const ServerSettings &server, const QString &prefix, ConfigProblems &problems)
{
    if (!server.isConfigured())
        return;
    if (server.port < 0 || server.port > 65535) {
        addError(problems, prefix + QStringLiteral("port"),
                 Text::tr("%1port is %2; a port is a number from 1 to 65535 (0 for the standard port).")
                     .arg(prefix)
                     .arg(server.port));
    }
    if (!server.caCertificatesFile.isEmpty() && !QFileInfo(server.caCertificatesFile).isReadable()) {
        addError(problems, prefix + QStringLiteral("caCertificatesFile"),
                 Text::tr("The certificate file %1 named by %2caCertificatesFile cannot be read.")
                     .arg(server.caCertificatesFile, prefix));
    }
    if (!server.pinnedCertificateSha256.isEmpty() && !isPlausibleFingerprint(server.pinnedCertificateSha256)) {
        addError(problems, prefix + QStringLiteral("pinnedCertificateSha256"),
                 Text::tr("%1pinnedCertificateSha256 must be a SHA-256 fingerprint: 64 hexadecimal "
                          "digits, colons allowed.")
                     .arg(prefix));
    }
    if (server.tls == TlsMode::None && !server.pinnedCertificateSha256.isEmpty()) {
        addError(problems, prefix + QStringLiteral("tls"),
                 Text::tr("%1 pins a certificate but turns TLS off; choose one.").arg(prefix.chopped(1)));
    }
}

void validateAccount(const AccountSettings &account, const QString &name, bool required,
                     ConfigProblems &problems)
{
    if (!account.isConfigured()) {
        if (required) {
            addError(problems, name + QStringLiteral("/address"),
                     Text::tr("No %1 account is set up: enter its address and IMAP server.").arg(name));
        }
        return;
    }
    const QString accountPrefix = name + u'/';
    if (!isPlausibleAddress(account.address)) {
        addError(problems, accountPrefix + QStringLiteral("address"),
                 Text::tr("%1address “%2” is not an e-mail address.").arg(accountPrefix, account.address));
    }
    if (!account.imap.isConfigured()) {
        addError(problems, name + QStringLiteral(".imap/host"),
                 Text::tr("The %1 account has no IMAP server: set %1.imap/host.").arg(name));
    }
    if (account.imap.mailbox.isEmpty()) {
        addError(problems, name + QStringLiteral(".imap/mailbox"),
                 Text::tr("%1.imap/mailbox is empty; the usual value is INBOX.").arg(name));
    }
    if (account.imap.pollIntervalSeconds < MinimumPollIntervalSeconds) {
        addError(problems, name + QStringLiteral(".imap/pollIntervalSeconds"),
                 Text::tr("%1.imap/pollIntervalSeconds is %2; checking more often than every %3 "
                          "seconds would burden the server.")
                     .arg(name)
                     .arg(account.imap.pollIntervalSeconds)
                     .arg(MinimumPollIntervalSeconds));
    }
    validateServer(account.imap, name + QStringLiteral(".imap/"), problems);
    validateServer(account.smtp, name + QStringLiteral(".smtp/"), problems);
    validateServer(account.sieve, name + QStringLiteral(".sieve/"), problems);
}

} // namespace

ConfigProblems SettingsValidator::validate(const Settings &settings)
{
    ConfigProblems problems;
    validateAccount(settings.primary, QStringLiteral("primary"), true, problems);
    validateAccount(settings.backup, QStringLiteral("backup"), false, problems);

    if (settings.primary.isConfigured() && settings.backup.isConfigured()
        && settings.primary.address.compare(settings.backup.address, Qt::CaseInsensitive) == 0) {
        addError(problems, QStringLiteral("backup/address"),
                 Text::tr("The backup address is the primary address; the backup must be a "
                          "mailbox at another provider."));
    }
    if (settings.secrets.backend == SecretBackend::File && settings.secrets.file.isEmpty()) {
        addError(problems, QStringLiteral("secrets/file"),
                 Text::tr("secrets/backend is “file”, but secrets/file does not name one."));
    }
    return problems;
}

} // namespace Vigie::Config
