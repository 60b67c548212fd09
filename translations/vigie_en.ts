<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Vigie::Cli::AccountCommand</name>
    <message>
        <source>The settings file.</source>
        <translation>The settings file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>primary (default) or backup.</source>
        <translation>primary (default) or backup.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>--config is required.</source>
        <translation>--config is required.</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::AccountLoader</name>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Unknown account %1: use primary or backup.</source>
        <translation>Unknown account %1: use primary or backup.</translation>
    </message>
    <message>
        <source>The %1 account has no IMAP server in %2.</source>
        <translation>The %1 account has no IMAP server in %2.</translation>
    </message>
    <message>
        <source>The password of the %1 account cannot be read from %2: %3</source>
        <translation>The password of the %1 account cannot be read from %2: %3</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::ClassifyCommand</name>
    <message>
        <source>Say whether each message file is a bounce, and for which recipients and why.</source>
        <translation>Say whether each message file is a bounce, and for which recipients and why.</translation>
    </message>
    <message>
        <source>Write one JSON object per line (the default, kept for scripts).</source>
        <translation>Write one JSON object per line (the default, kept for scripts).</translation>
    </message>
    <message>
        <source>Message files (RFC 5322, any line endings).</source>
        <translation>Message files (RFC 5322, any line endings).</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>No file given.</source>
        <translation>No file given.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::ConfigCheckCommand</name>
    <message>
        <source>Report every problem in a settings file; exit 1 if there is any.</source>
        <translation>Report every problem in a settings file; exit 1 if there is any.</translation>
    </message>
    <message>
        <source>The settings file to check.</source>
        <translation>The settings file to check.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Also check that each account&apos;s password can be read, from where vigie --headless reads it.</source>
        <translation>Also check that each account&apos;s password can be read, from where vigie --headless reads it.</translation>
    </message>
    <message>
        <source>No password is stored for the %1 account in %2.</source>
        <translation>No password is stored for the %1 account in %2.</translation>
    </message>
    <message>
        <source>The password of the %1 account cannot be read: %2</source>
        <translation>The password of the %1 account cannot be read: %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: no problems found.</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::DaemonCommand</name>
    <message>
        <source>Vigie did not answer within %1 seconds.</source>
        <translation>Vigie did not answer within %1 seconds.</translation>
    </message>
    <message>
        <source>Ask the running Vigie how the mail flows.</source>
        <translation>Ask the running Vigie how the mail flows.</translation>
    </message>
    <message>
        <source>Tell the running Vigie to raise no alarm for HOURS hours.</source>
        <translation>Tell the running Vigie to raise no alarm for HOURS hours.</translation>
    </message>
    <message>
        <source>Tell the running Vigie that an outage has begun (outage) or is over (resolved).</source>
        <translation>Tell the running Vigie that an outage has begun (outage) or is over (resolved).</translation>
    </message>
    <message>
        <source>The settings file the running Vigie uses.</source>
        <translation>The settings file the running Vigie uses.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Print Vigie&apos;s reply as one JSON object.</source>
        <translation>Print Vigie&apos;s reply as one JSON object.</translation>
    </message>
    <message>
        <source>How long, 1 to %1 hours.</source>
        <translation>How long, 1 to %1 hours.</translation>
    </message>
    <message>
        <source>What to declare.</source>
        <translation>What to declare.</translation>
    </message>
    <message>
        <source>Usage: vigie-cli %1 --help</source>
        <translation>Usage: vigie-cli %1 --help</translation>
    </message>
    <message>
        <source>Vigie&apos;s answer cannot be understood.</source>
        <translation>Vigie&apos;s answer cannot be understood.</translation>
    </message>
    <message>
        <source>No Vigie is running with the settings in %1.</source>
        <translation>No Vigie is running with the settings in %1.</translation>
    </message>
    <message>
        <source>Vigie cannot be reached: %1</source>
        <translation>Vigie cannot be reached: %1</translation>
    </message>
    <message>
        <source>Vigie is watching %1.</source>
        <translation>Vigie is watching %1.</translation>
    </message>
    <message>
        <source>Vigie runs but is not watching %1: %2</source>
        <translation>Vigie runs but is not watching %1: %2</translation>
    </message>
    <message>
        <source>(incident since %1)</source>
        <translation>(incident since %1)</translation>
    </message>
    <message>
        <source>Mail flow: %1</source>
        <translation>Mail flow: %1</translation>
    </message>
    <message>
        <source>Mailbox access: %1</source>
        <translation>Mailbox access: %1</translation>
    </message>
    <message>
        <source>Alarms snoozed until %1.</source>
        <translation>Alarms snoozed until %1.</translation>
    </message>
    <message>
        <source>flowing</source>
        <translation>flowing</translation>
    </message>
    <message>
        <source>in doubt, being checked</source>
        <translation>in doubt, being checked</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>outage</translation>
    </message>
    <message>
        <source>flowing again, being confirmed</source>
        <translation>flowing again, being confirmed</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failing, within its grace period</source>
        <translation>failing, within its grace period</translation>
    </message>
    <message>
        <source>out of reach</source>
        <translation>out of reach</translation>
    </message>
    <message>
        <source>login refused: check the password</source>
        <translation>login refused: check the password</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::DatabaseLocator</name>
    <message>
        <source>%1 cannot be read as Vigie settings.</source>
        <translation>%1 cannot be read as Vigie settings.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::HistoryCommand</name>
    <message>
        <source>How many days back (default 30).</source>
        <translation>How many days back (default 30).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--days wants a number of days between 1 and 3660.</source>
        <translation>--days wants a number of days between 1 and 3660.</translation>
    </message>
    <message>
        <source>History could not be loaded (%1): %2 %3</source>
        <translation>History could not be loaded (%1): %2 %3</translation>
    </message>
    <message>
        <source>Print when each message of the last N days arrived (epoch seconds, one a line, followed by bulk when it came from a bulk sender): a trace for simulate.</source>
        <translation>Print when each message of the last N days arrived (epoch seconds, one a line, followed by bulk when it came from a bulk sender): a trace for simulate.</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::IncidentsCommand</name>
    <message>
        <source>List the incidents Vigie recorded, or print one&apos;s timeline with its evidence.</source>
        <translation>List the incidents Vigie recorded, or print one&apos;s timeline with its evidence.</translation>
    </message>
    <message>
        <source>The settings file Vigie runs with.</source>
        <translation>The settings file Vigie runs with.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>List the incidents opened in the last N days.</source>
        <translation>List the incidents opened in the last N days.</translation>
    </message>
    <message>
        <source>Print the timeline of incident ID.</source>
        <translation>Print the timeline of incident ID.</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Print one JSON object per line.</translation>
    </message>
    <message>
        <source>--days takes a number of days, --timeline an incident&apos;s number.</source>
        <translation>--days takes a number of days, --timeline an incident&apos;s number.</translation>
    </message>
    <message>
        <source>Vigie has kept no incident log at %1 yet.</source>
        <translation>Vigie has kept no incident log at %1 yet.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>There is no incident %1.</translation>
    </message>
    <message>
        <source>Incident %1: %2, opened %3, %4; worst state %5</source>
        <translation>Incident %1: %2, opened %3, %4; worst state %5</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::SimulateCommand</name>
    <message>
        <source>Replay a trace of arrival times through the silence detector; print each state change.</source>
        <translation>Replay a trace of arrival times through the silence detector; print each state change.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The mailbox&apos;s time zone, for its hours of the week (default: the system&apos;s).</source>
        <translation>The mailbox&apos;s time zone, for its hours of the week (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>False alarms tolerated per 90 days (default: 1).</source>
        <translation>False alarms tolerated per 90 days (default: 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Name the trace to replay with --arrivals FILE.</source>
        <translation>Name the trace to replay with --arrivals FILE.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; write for example Europe/Paris.</source>
        <translation>“%1” is not a time zone this system knows; write for example Europe/Paris.</translation>
    </message>
    <message>
        <source>--false-alarm-budget is “%1”; it must be a number of false alarms per 90 days greater than 0, such as 1 or 0.5.</source>
        <translation>--false-alarm-budget is “%1”; it must be a number of false alarms per 90 days greater than 0, such as 1 or 0.5.</translation>
    </message>
    <message>
        <source>The trace %1 cannot be read: %2</source>
        <translation>The trace %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1:%2: “%3” is not an arrival time in Unix epoch seconds, such as 1767600000.5.</source>
        <translation>%1:%2: “%3” is not an arrival time in Unix epoch seconds, such as 1767600000.5.</translation>
    </message>
    <message>
        <source>%1:%2: %3 comes before the arrival on the line above; arrivals must be in ascending order.</source>
        <translation>%1:%2: %3 comes before the arrival on the line above; arrivals must be in ascending order.</translation>
    </message>
    <message>
        <source>The trace: one arrival per line in Unix epoch seconds (decimals allowed), ascending, optionally followed by the word bulk when the message came from a bulk sender (a list, a newsletter, a notification); lines starting with # are comments.</source>
        <translation>The trace: one arrival per line in Unix epoch seconds (decimals allowed), ascending, optionally followed by the word bulk when the message came from a bulk sender (a list, a newsletter, a notification); lines starting with # are comments.</translation>
    </message>
    <message>
        <source>%1:%2: after the arrival time, only the word bulk may follow (the message came from a bulk sender); found “%3”.</source>
        <translation>%1:%2: after the arrival time, only the word bulk may follow (the message came from a bulk sender); found “%3”.</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::WatchCommand</name>
    <message>
        <source>Watch an account&apos;s mailbox; print one JSON object per event until interrupted.</source>
        <translation>Watch an account&apos;s mailbox; print one JSON object per event until interrupted.</translation>
    </message>
    <message>
        <source>Append the IMAP conversation, passwords removed, to this file.</source>
        <translation>Append the IMAP conversation, passwords removed, to this file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::Config::SettingsFields</name>
    <message>
        <source>one of: %1</source>
        <translation>one of: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
</context>
<context>
    <name>Vigie::Config::SettingsFile</name>
    <message>
        <source>%1 is “%2”, but it must be %3.</source>
        <translation>%1 is “%2”, but it must be %3.</translation>
    </message>
    <message>
        <source>%1 looks like a password. Passwords never belong in the settings file: remove it and store the password in the system keychain or the secrets file.</source>
        <translation>%1 looks like a password. Passwords never belong in the settings file: remove it and store the password in the system keychain or the secrets file.</translation>
    </message>
    <message>
        <source>%1 is not a Vigie setting and is ignored. Is it misspelt?</source>
        <translation>%1 is not a Vigie setting and is ignored. Is it misspelt?</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>The settings file %1 does not exist.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>The settings file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The settings file %1 is not a valid INI file.</source>
        <translation>The settings file %1 is not a valid INI file.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Cannot write the settings file %1.</translation>
    </message>
</context>
<context>
    <name>Vigie::Config::SettingsMigration</name>
    <message>
        <source>The schema version “%1” is not a positive whole number.</source>
        <translation>The schema version “%1” is not a positive whole number.</translation>
    </message>
    <message>
        <source>This settings file was written by a newer Vigie (schema %1); this version understands schema %2 and older. Update Vigie.</source>
        <translation>This settings file was written by a newer Vigie (schema %1); this version understands schema %2 and older. Update Vigie.</translation>
    </message>
    <message>
        <source>No way is known to upgrade settings of schema %1 to schema %2.</source>
        <translation>No way is known to upgrade settings of schema %1 to schema %2.</translation>
    </message>
</context>
<context>
    <name>Vigie::Config::SettingsValidator</name>
    <message>
        <source>%1port is %2; a port is a number from 1 to 65535 (0 for the standard port).</source>
        <translation>%1port is %2; a port is a number from 1 to 65535 (0 for the standard port).</translation>
    </message>
    <message>
        <source>The certificate file %1 named by %2caCertificatesFile cannot be read.</source>
        <translation>The certificate file %1 named by %2caCertificatesFile cannot be read.</translation>
    </message>
    <message>
        <source>%1pinnedCertificateSha256 must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>%1pinnedCertificateSha256 must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</translation>
    </message>
    <message>
        <source>%1 pins a certificate but turns TLS off; choose one.</source>
        <translation>%1 pins a certificate but turns TLS off; choose one.</translation>
    </message>
    <message>
        <source>No %1 account is set up: enter its address and IMAP server.</source>
        <translation>No %1 account is set up: enter its address and IMAP server.</translation>
    </message>
    <message>
        <source>%1address “%2” is not an e-mail address.</source>
        <translation>%1address “%2” is not an e-mail address.</translation>
    </message>
    <message>
        <source>The %1 account has no IMAP server: set %1.imap/host.</source>
        <translation>The %1 account has no IMAP server: set %1.imap/host.</translation>
    </message>
    <message>
        <source>%1.imap/mailbox is empty; the usual value is INBOX.</source>
        <translation>%1.imap/mailbox is empty; the usual value is INBOX.</translation>
    </message>
    <message>
        <source>%1.imap/pollIntervalSeconds is %2; checking more often than every %3 seconds would burden the server.</source>
        <translation>%1.imap/pollIntervalSeconds is %2; checking more often than every %3 seconds would burden the server.</translation>
    </message>
    <message>
        <source>The backup address is the primary address; the backup must be a mailbox at another provider.</source>
        <translation>The backup address is the primary address; the backup must be a mailbox at another provider.</translation>
    </message>
    <message>
        <source>secrets/backend is “file”, but secrets/file does not name one.</source>
        <translation>secrets/backend is “file”, but secrets/file does not name one.</translation>
    </message>
    <message>
        <source>%1 is %2; it must be at least %3: %4</source>
        <translation>%1 is %2; it must be at least %3: %4</translation>
    </message>
    <message>
        <source>detection/falseAlarmsPer90Days is %1; it is how many false alarms you accept in 90 days, a number above 0 and at most 90, such as 1 or 0.5.</source>
        <translation>detection/falseAlarmsPer90Days is %1; it is how many false alarms you accept in 90 days, a number above 0 and at most 90, such as 1 or 0.5.</translation>
    </message>
    <message>
        <source>detection/timeZone “%1” is not a time zone this system knows; write for example Europe/Paris, or leave it empty for the system&apos;s.</source>
        <translation>detection/timeZone “%1” is not a time zone this system knows; write for example Europe/Paris, or leave it empty for the system&apos;s.</translation>
    </message>
    <message>
        <source>0 turns the fixed window off.</source>
        <translation>0 turns the fixed window off.</translation>
    </message>
    <message>
        <source>0 judges from the first day.</source>
        <translation>0 judges from the first day.</translation>
    </message>
    <message>
        <source>probing more often would burden both providers.</source>
        <translation>probing more often would burden both providers.</translation>
    </message>
    <message>
        <source>one signal is the least that can declare an outage.</source>
        <translation>one signal is the least that can declare an outage.</translation>
    </message>
    <message>
        <source>at least one probe must come through before recovery.</source>
        <translation>at least one probe must come through before recovery.</translation>
    </message>
    <message>
        <source>0 declares recovery as soon as the probes come through.</source>
        <translation>0 declares recovery as soon as the probes come through.</translation>
    </message>
    <message>
        <source>0 opens an incident at the first failure.</source>
        <translation>0 opens an incident at the first failure.</translation>
    </message>
    <message>
        <source>0 makes a deferral an outage at once.</source>
        <translation>0 makes a deferral an outage at once.</translation>
    </message>
</context>
<context>
    <name>Vigie::Detect::BusinessCalendar</name>
    <message>
        <source>The closure “%1” is not a date or a range of dates such as 2026-08-01..2026-08-21.</source>
        <translation>The closure “%1” is not a date or a range of dates such as 2026-08-01..2026-08-21.</translation>
    </message>
    <message>
        <source>The business hours “%1” are not understood; write for example “mon-fri 08-18, sat 09-12”.</source>
        <translation>The business hours “%1” are not understood; write for example “mon-fri 08-18, sat 09-12”.</translation>
    </message>
</context>
<context>
    <name>Vigie::Logging::LogSetup</name>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation>Cannot write the log file %1: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::Net::TlsPolicy</name>
    <message>
        <source>The file %1 holds no PEM certificate to trust.</source>
        <translation>The file %1 holds no PEM certificate to trust.</translation>
    </message>
</context>
<context>
    <name>Vigie::Secrets::ChainedSecretStore</name>
    <message>
        <source>, then </source>
        <translation>, then </translation>
    </message>
</context>
<context>
    <name>Vigie::Secrets::EnvironmentSecretStore</name>
    <message>
        <source>Secrets given through the environment or the service manager cannot be changed by Vigie.</source>
        <translation>Secrets given through the environment or the service manager cannot be changed by Vigie.</translation>
    </message>
    <message>
        <source>the environment (%1 or $CREDENTIALS_DIRECTORY)</source>
        <translation>the environment (%1 or $CREDENTIALS_DIRECTORY)</translation>
    </message>
</context>
<context>
    <name>Vigie::Secrets::FileSecretStore</name>
    <message>
        <source>the secrets file %1</source>
        <translation>the secrets file %1</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read or changed by other users. Make it private with: chmod 600 %1</source>
        <translation>The secrets file %1 can be read or changed by other users. Make it private with: chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Cannot read the secrets file %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Cannot write the secrets file %1: %2</translation>
    </message>
    <message>
        <source>A secret kept in a file cannot contain a line break.</source>
        <translation>A secret kept in a file cannot contain a line break.</translation>
    </message>
</context>
<context>
    <name>Vigie::Secrets::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
</context>
<context>
    <name>Vigie::Service::ControlServer</name>
    <message>
        <source>vigie-cli cannot reach this Vigie: %1</source>
        <translation>vigie-cli cannot reach this Vigie: %1</translation>
    </message>
    <message>
        <source>Unknown request: %1</source>
        <translation>Unknown request: %1</translation>
    </message>
    <message>
        <source>Vigie is not watching the mailbox: %1</source>
        <translation>Vigie is not watching the mailbox: %1</translation>
    </message>
    <message>
        <source>Snooze for 1 to %1 hours.</source>
        <translation>Snooze for 1 to %1 hours.</translation>
    </message>
</context>
<context>
    <name>Vigie::Service::DetectionPipeline</name>
    <message>
        <source>The backup account could not send a probe (%1).</source>
        <translation>The backup account could not send a probe (%1).</translation>
    </message>
    <message>
        <source>The backup mailbox cannot be watched (%1); bounces of probes go unseen.</source>
        <translation>The backup mailbox cannot be watched (%1); bounces of probes go unseen.</translation>
    </message>
    <message>
        <source>The primary mail server cannot delete single messages: arrived probes are left marked as deleted, for your mail program to purge.</source>
        <translation>The primary mail server cannot delete single messages: arrived probes are left marked as deleted, for your mail program to purge.</translation>
    </message>
    <message>
        <source>The primary mail server cannot move messages: arrived probes stay in the inbox. Leave the probe folder setting empty to have them deleted instead.</source>
        <translation>The primary mail server cannot move messages: arrived probes stay in the inbox. Leave the probe folder setting empty to have them deleted instead.</translation>
    </message>
    <message>
        <source>The folder %1 for probes does not exist on the primary mail server: arrived probes stay in the inbox until it is created.</source>
        <translation>The folder %1 for probes does not exist on the primary mail server: arrived probes stay in the inbox until it is created.</translation>
    </message>
</context>
<context>
    <name>Vigie::Service::MonitorService</name>
    <message>
        <source>Vigie started watching %1.</source>
        <translation>Vigie started watching %1.</translation>
    </message>
    <message>
        <source>Vigie stopped.</source>
        <translation>Vigie stopped.</translation>
    </message>
    <message>
        <source>No password is stored for %1 yet.</source>
        <translation>No password is stored for %1 yet.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be read: %2</source>
        <translation>The password for %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Mail flow: %1 → %2 (%3).</source>
        <translation>Mail flow: %1 → %2 (%3).</translation>
    </message>
    <message>
        <source>The outage is over.</source>
        <translation>The outage is over.</translation>
    </message>
    <message>
        <source>Mail to %1 is not being delivered.</source>
        <translation>Mail to %1 is not being delivered.</translation>
    </message>
    <message>
        <source>The primary mail server refused the password for %1.</source>
        <translation>The primary mail server refused the password for %1.</translation>
    </message>
    <message>
        <source>Vigie is already running (process %1) with the data in %2; if it is not, delete %3.</source>
        <translation>Vigie is already running (process %1) with the data in %2; if it is not, delete %3.</translation>
    </message>
</context>
<context>
    <name>Vigie::Smtp::ProbeMessage</name>
    <message>
        <source>Vigie deliverability check</source>
        <translation>Vigie deliverability check</translation>
    </message>
    <message>
        <source>This is an automated deliverability check sent by Vigie, a program that watches this mailbox for its owner. It was sent from %1 to %2 to confirm that mail reaches this mailbox. It needs no action and is removed automatically.</source>
        <translation>This is an automated deliverability check sent by Vigie, a program that watches this mailbox for its owner. It was sent from %1 to %2 to confirm that mail reaches this mailbox. It needs no action and is removed automatically.</translation>
    </message>
</context>
<context>
    <name>Vigie::Store::Database</name>
    <message>
        <source>Cannot create the folder %1 for Vigie&apos;s database.</source>
        <translation>Cannot create the folder %1 for Vigie&apos;s database.</translation>
    </message>
    <message>
        <source>Cannot open Vigie&apos;s database %1: %2</source>
        <translation>Cannot open Vigie&apos;s database %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Vigie database, or it is damaged. Move it aside and Vigie will create a new one.</source>
        <translation>The file %1 is not a Vigie database, or it is damaged. Move it aside and Vigie will create a new one.</translation>
    </message>
    <message>
        <source>Cannot configure Vigie&apos;s database %1.</source>
        <translation>Cannot configure Vigie&apos;s database %1.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Vigie (schema %2, this version knows %3). Update Vigie.</source>
        <translation>The database %1 was written by a newer version of Vigie (schema %2, this version knows %3). Update Vigie.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1 to schema %2.</source>
        <translation>Cannot upgrade the database %1 to schema %2.</translation>
    </message>
    <message>
        <source>There is no Vigie database at %1.</source>
        <translation>There is no Vigie database at %1.</translation>
    </message>
    <message>
        <source>The database %1 is of another version of Vigie (schema %2, this program knows %3): use the vigie-cli that came with the Vigie that wrote it.</source>
        <translation>The database %1 is of another version of Vigie (schema %2, this program knows %3): use the vigie-cli that came with the Vigie that wrote it.</translation>
    </message>
</context>
<context>
    <name>Vigie::Ui::TrayIcon</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit Vigie</source>
        <translation>&amp;Quit Vigie</translation>
    </message>
    <message>
        <source>S&amp;nooze alarms</source>
        <translation>S&amp;nooze alarms</translation>
    </message>
    <message numerus="yes">
        <source>For %n hour(s)</source>
        <translation>
            <numerusform>For %n hour</numerusform>
            <numerusform>For %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Declare an outage…</source>
        <translation>&amp;Declare an outage…</translation>
    </message>
    <message>
        <source>&amp;Mark the incident resolved</source>
        <translation>&amp;Mark the incident resolved</translation>
    </message>
    <message>
        <source>Declare an outage</source>
        <translation>Declare an outage</translation>
    </message>
    <message>
        <source>Declare that mail is not reaching %1? Vigie will act as it does when it detects an outage itself.</source>
        <translation>Declare that mail is not reaching %1? Vigie will act as it does when it detects an outage itself.</translation>
    </message>
</context>
<context>
    <name>Vigie::Ui::TrayPresentation</name>
    <message>
        <source>Vigie is watching %1.</source>
        <translation>Vigie is watching %1.</translation>
    </message>
    <message>
        <source>Vigie is not set up yet: %1</source>
        <translation>Vigie is not set up yet: %1</translation>
    </message>
    <message>
        <source>Vigie cannot run: %1</source>
        <translation>Vigie cannot run: %1</translation>
    </message>
    <message>
        <source>Vigie is stopped.</source>
        <translation>Vigie is stopped.</translation>
    </message>
    <message>
        <source>Vigie is checking whether mail still reaches %1.</source>
        <translation>Vigie is checking whether mail still reaches %1.</translation>
    </message>
    <message>
        <source>Outage: mail is not reaching %1.</source>
        <translation>Outage: mail is not reaching %1.</translation>
    </message>
    <message>
        <source>Mail reaches %1 again; Vigie is making sure it lasts.</source>
        <translation>Mail reaches %1 again; Vigie is making sure it lasts.</translation>
    </message>
    <message>
        <source>Alarms are snoozed until %1.</source>
        <translation>Alarms are snoozed until %1.</translation>
    </message>
    <message>
        <source>The mail server refuses Vigie&apos;s login for %1: check the password.</source>
        <translation>The mail server refuses Vigie&apos;s login for %1: check the password.</translation>
    </message>
    <message>
        <source>Vigie cannot reach the mailbox of %1.</source>
        <translation>Vigie cannot reach the mailbox of %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vigie watches your mailbox and keeps you reachable when your mail provider fails.</source>
        <translation>Vigie watches your mailbox and keeps you reachable when your mail provider fails.</translation>
    </message>
    <message>
        <source>Run without a display, as a service.</source>
        <translation>Run without a display, as a service.</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>Use this settings file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Log debugging details.</source>
        <translation>Log debugging details.</translation>
    </message>
</context>
<context>
    <name>vigie-cli</name>
    <message>
        <source>Usage: vigie-cli COMMAND [options]</source>
        <translation>Usage: vigie-cli COMMAND [options]</translation>
    </message>
    <message>
        <source>       vigie-cli --version</source>
        <translation>       vigie-cli --version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run vigie-cli COMMAND --help for the options of a command.</source>
        <translation>Run vigie-cli COMMAND --help for the options of a command.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
</context>
</TS>
