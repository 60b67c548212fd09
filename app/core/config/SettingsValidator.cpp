#include "SettingsValidator.h"

#include "detect/BusinessCalendar.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

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

void validateAccount(const AccountSettings &account, const QString &name, bool required, ConfigProblems &problems)
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

void requireAtLeast(ConfigProblems &problems, const char *name, int value, int minimum, const QString &why)
{
    if (value >= minimum)
        return;
    const QString key = QStringLiteral("detection/") + QLatin1String(name);
    addError(problems, key, Text::tr("%1 is %2; it must be at least %3: %4").arg(key).arg(value).arg(minimum).arg(why));
}

void validateDetection(const DetectionSettings &detection, ConfigProblems &problems)
{
    if (!(detection.falseAlarmsPer90Days > 0) || detection.falseAlarmsPer90Days > 90) {
        addError(problems, QStringLiteral("detection/falseAlarmsPer90Days"),
                 Text::tr("detection/falseAlarmsPer90Days is %1; it is how many false alarms you accept "
                          "in 90 days, a number above 0 and at most 90, such as 1 or 0.5.")
                     .arg(detection.falseAlarmsPer90Days));
    }
    if (!detection.timeZone.isEmpty() && !QTimeZone(detection.timeZone.toUtf8()).isValid()) {
        addError(problems, QStringLiteral("detection/timeZone"),
                 Text::tr("detection/timeZone “%1” is not a time zone this system knows; write for example "
                          "Europe/Paris, or leave it empty for the system's.")
                     .arg(detection.timeZone));
    }
    QString problem;
    if (!Detect::BusinessCalendar::parse(detection.closures, detection.businessHours, &problem)) {
        addError(problems,
                 Detect::BusinessCalendar::parse(detection.closures, {}) ? QStringLiteral("detection/businessHours")
                                                                         : QStringLiteral("detection/closures"),
                 problem);
    }
    requireAtLeast(problems, "fixedSilenceHours", detection.fixedSilenceHours, 0,
                   Text::tr("0 turns the fixed window off."));
    requireAtLeast(problems, "warmUpDays", detection.warmUpDays, 0, Text::tr("0 judges from the first day."));
    requireAtLeast(problems, "probeIntervalMinutes", detection.probeIntervalMinutes, 5,
                   Text::tr("probing more often would burden both providers."));
    requireAtLeast(problems, "suspectConfirmations", detection.suspectConfirmations, 1,
                   Text::tr("one signal is the least that can declare an outage."));
    requireAtLeast(problems, "recoveryConfirmations", detection.recoveryConfirmations, 1,
                   Text::tr("at least one probe must come through before recovery."));
    requireAtLeast(problems, "recoveryCoolDownMinutes", detection.recoveryCoolDownMinutes, 0,
                   Text::tr("0 declares recovery as soon as the probes come through."));
    requireAtLeast(problems, "accessGraceMinutes", detection.accessGraceMinutes, 0,
                   Text::tr("0 opens an incident at the first failure."));
    requireAtLeast(problems, "deferralGraceMinutes", detection.deferralGraceMinutes, 0,
                   Text::tr("0 makes a deferral an outage at once."));
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
    validateDetection(settings.detection, problems);
    return problems;
}

} // namespace Vigie::Config
