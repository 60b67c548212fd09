#pragma once

#include <QString>

namespace Vigie::Config {

// How a connection is secured. Implicit TLS and STARTTLS always verify the server's
// certificate; None is only ever used when the settings file says so for that server.
enum class TlsMode { Implicit, StartTls, None };

// Every setting Vigie has, with its default, is declared in this file and nowhere else.
// visitFields() is the single table of keys: reading, writing and checking a file all walk it.

struct ServerSettings
{
    QString host;
    int port = 0; // 0: the protocol's standard port for the TLS mode
    TlsMode tls = TlsMode::Implicit;
    QString username; // empty: the account's address
    QString caCertificatesFile; // extra CAs to trust, PEM, on top of the system ones
    QString pinnedCertificateSha256; // trust exactly this certificate instead of a CA

    bool isConfigured() const { return !host.isEmpty(); }
    bool operator==(const ServerSettings &) const = default;

    template<typename Visitor> void visitFields(Visitor &visitor)
    {
        visitor.field("host", host);
        visitor.field("port", port);
        visitor.field("tls", tls);
        visitor.field("username", username);
        visitor.field("caCertificatesFile", caCertificatesFile);
        visitor.field("pinnedCertificateSha256", pinnedCertificateSha256);
    }
};

struct ImapSettings : ServerSettings
{
    QString mailbox = QStringLiteral("INBOX");
    bool useIdle = true;
    int pollIntervalSeconds = 120;

    bool operator==(const ImapSettings &) const = default;

    template<typename Visitor> void visitFields(Visitor &visitor)
    {
        ServerSettings::visitFields(visitor);
        visitor.field("mailbox", mailbox);
        visitor.field("useIdle", useIdle);
        visitor.field("pollIntervalSeconds", pollIntervalSeconds);
    }
};

struct AccountSettings
{
    QString address;
    ImapSettings imap;
    ServerSettings smtp;
    ServerSettings sieve;

    bool isConfigured() const { return !address.isEmpty() || imap.isConfigured(); }
    bool operator==(const AccountSettings &) const = default;

    template<typename Visitor> void visitFields(Visitor &visitor)
    {
        visitor.field("address", address);
        visitor.group("imap", imap);
        visitor.group("smtp", smtp);
        visitor.group("sieve", sieve);
    }
};

enum class SecretBackend { Automatic, Keychain, File, Environment };

struct SecretsSettings
{
    // Automatic: the OS keychain for the desktop application; for --headless and the CLI,
    // environment variables and $CREDENTIALS_DIRECTORY, then the file below.
    SecretBackend backend = SecretBackend::Automatic;
    QString file;

    bool operator==(const SecretsSettings &) const = default;

    template<typename Visitor> void visitFields(Visitor &visitor)
    {
        visitor.field("backend", backend);
        visitor.field("file", file);
    }
};

// How Vigie judges the primary mailbox (see detect/). Times are local to timeZone.
struct DetectionSettings
{
    double falseAlarmsPer90Days = 1.0; // the owner's tolerance for crying wolf
    QString timeZone; // IANA name such as Europe/Paris; empty: the system's
    QString businessHours; // "mon-fri 08-18, sat 09-12"; empty: alarms at any hour
    QString closures; // "2026-08-01..2026-08-21, 2026-12-25": no mail expected
    int fixedSilenceHours = 0; // also alarm after this many hours without mail; 0: off
    int warmUpDays = 14; // the learned model stays quiet until it has this much data
    int probeIntervalMinutes = 15;
    int suspectConfirmations = 2; // weak signals in a row before an outage
    int recoveryConfirmations = 3; // probe round trips before recovery
    int recoveryCoolDownMinutes = 30;
    int accessGraceMinutes = 10; // unreachable this long before an access-failure incident
    int deferralGraceMinutes = 240; // mail held by a deferral this long is an outage
    QString probeFolder; // move arrived probes there; empty: delete them

    bool operator==(const DetectionSettings &) const = default;

    template<typename Visitor> void visitFields(Visitor &visitor)
    {
        visitor.field("falseAlarmsPer90Days", falseAlarmsPer90Days);
        visitor.field("timeZone", timeZone);
        visitor.field("businessHours", businessHours);
        visitor.field("closures", closures);
        visitor.field("fixedSilenceHours", fixedSilenceHours);
        visitor.field("warmUpDays", warmUpDays);
        visitor.field("probeIntervalMinutes", probeIntervalMinutes);
        visitor.field("suspectConfirmations", suspectConfirmations);
        visitor.field("recoveryConfirmations", recoveryConfirmations);
        visitor.field("recoveryCoolDownMinutes", recoveryCoolDownMinutes);
        visitor.field("accessGraceMinutes", accessGraceMinutes);
        visitor.field("deferralGraceMinutes", deferralGraceMinutes);
        visitor.field("probeFolder", probeFolder);
    }
};

struct GeneralSettings
{
    QString language; // empty: the system's
    QString dataDirectory; // empty: the platform's application data directory
    bool verboseLog = false;

    bool operator==(const GeneralSettings &) const = default;

    template<typename Visitor> void visitFields(Visitor &visitor)
    {
        visitor.field("language", language);
        visitor.field("dataDirectory", dataDirectory);
        visitor.field("verboseLog", verboseLog);
    }
};

struct Settings
{
    static constexpr int SchemaVersion = 1;

    GeneralSettings general;
    AccountSettings primary;
    AccountSettings backup;
    SecretsSettings secrets;
    DetectionSettings detection;

    bool operator==(const Settings &) const = default;

    template<typename Visitor> void visitFields(Visitor &visitor)
    {
        visitor.group("vigie", general);
        visitor.group("primary", primary);
        visitor.group("backup", backup);
        visitor.group("secrets", secrets);
        visitor.group("detection", detection);
    }

    // The effective values once defaults that depend on other settings are applied.
    static int defaultImapPort(TlsMode tls);
    static int defaultSubmissionPort(TlsMode tls);
    static QString secretKeyForAccount(const QString &accountName);
};

} // namespace Vigie::Config
