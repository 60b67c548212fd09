#pragma once

#include <QString>

namespace Vigie::Config {

// How a connection is secured. Implicit TLS and STARTTLS always verify the server's
// certificate; None is only ever used when the settings file says so for that server.
enum class TlsMode { Implicit, StartTls, None };

// Every setting Vigie has, with its default, is declared in this file and nowhere else.
// visitFields() is the single table of keys: reading, writing and checking a file all walk it.

struct ServerSettings {
    QString host;
    int port = 0; // 0: the protocol's standard port for the TLS mode
    TlsMode tls = TlsMode::Implicit;
    QString username; // empty: the account's address
    QString caCertificatesFile;       // extra CAs to trust, PEM, on top of the system ones
    QString pinnedCertificateSha256; // trust exactly this certificate instead of a CA

    bool isConfigured() const { return !host.isEmpty(); }
    bool operator==(const ServerSettings &) const = default;

    template<typename Visitor>
    void visitFields(Visitor &visitor)
    {
        visitor.field("host", host);
        visitor.field("port", port);
        visitor.field("tls", tls);
        visitor.field("username", username);
        visitor.field("caCertificatesFile", caCertificatesFile);
        visitor.field("pinnedCertificateSha256", pinnedCertificateSha256);
    }
};

struct ImapSettings : ServerSettings {
    QString mailbox = QStringLiteral("INBOX");
    bool useIdle = true;
    int pollIntervalSeconds = 120;

    bool operator==(const ImapSettings &) const = default;

    template<typename Visitor>
    void visitFields(Visitor &visitor)
    {
        ServerSettings::visitFields(visitor);
        visitor.field("mailbox", mailbox);
        visitor.field("useIdle", useIdle);
        visitor.field("pollIntervalSeconds", pollIntervalSeconds);
    }
};

struct AccountSettings {
    QString address;
    ImapSettings imap;
    ServerSettings smtp;
    ServerSettings sieve;

    bool isConfigured() const { return !address.isEmpty() || imap.isConfigured(); }
    bool operator==(const AccountSettings &) const = default;

    template<typename Visitor>
    void visitFields(Visitor &visitor)
    {
        visitor.field("address", address);
        visitor.group("imap", imap);
        visitor.group("smtp", smtp);
        visitor.group("sieve", sieve);
    }
};

enum class SecretBackend { Automatic, Keychain, File, Environment };

struct SecretsSettings {
    // Automatic: the OS keychain for the desktop application; for --headless and the CLI,
    // environment variables and $CREDENTIALS_DIRECTORY, then the file below.
    SecretBackend backend = SecretBackend::Automatic;
    QString file;

    bool operator==(const SecretsSettings &) const = default;

    template<typename Visitor>
    void visitFields(Visitor &visitor)
    {
        visitor.field("backend", backend);
        visitor.field("file", file);
    }
};

struct GeneralSettings {
    QString language;      // empty: the system's
    QString dataDirectory; // empty: the platform's application data directory
    bool verboseLog = false;

    bool operator==(const GeneralSettings &) const = default;

    template<typename Visitor>
    void visitFields(Visitor &visitor)
    {
        visitor.field("language", language);
        visitor.field("dataDirectory", dataDirectory);
        visitor.field("verboseLog", verboseLog);
    }
};

struct Settings {
    static constexpr int SchemaVersion = 1;

    GeneralSettings general;
    AccountSettings primary;
    AccountSettings backup;
    SecretsSettings secrets;

    bool operator==(const Settings &) const = default;

    template<typename Visitor>
    void visitFields(Visitor &visitor)
    {
        visitor.group("vigie", general);
        visitor.group("primary", primary);
        visitor.group("backup", backup);
        visitor.group("secrets", secrets);
    }

    // The effective values once defaults that depend on other settings are applied.
    static int defaultImapPort(TlsMode tls);
    static int defaultSubmissionPort(TlsMode tls);
    static int defaultSievePort();
    static QString secretKeyForAccount(const QString &accountName);
};

} // namespace Vigie::Config
