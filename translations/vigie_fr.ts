<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Vigie::Cli::AccountCommand</name>
    <message>
        <source>The settings file.</source>
        <translation>Le fichier de réglages.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>primary (default) or backup.</source>
        <translation>primary (par défaut) ou backup.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>--config is required.</source>
        <translation>--config est obligatoire.</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::AccountLoader</name>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>Unknown account %1: use primary or backup.</source>
        <translation>Compte inconnu %1 : utilisez primary ou backup.</translation>
    </message>
    <message>
        <source>The %1 account has no IMAP server in %2.</source>
        <translation>Le compte %1 n’a pas de serveur IMAP dans %2.</translation>
    </message>
    <message>
        <source>The password of the %1 account cannot be read from %2: %3</source>
        <translation>Le mot de passe du compte %1 ne peut pas être lu depuis %2 : %3</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::ClassifyCommand</name>
    <message>
        <source>Say whether each message file is a bounce, and for which recipients and why.</source>
        <translation>Indiquer si chaque fichier de message est un rebond, pour quels destinataires et pourquoi.</translation>
    </message>
    <message>
        <source>Write one JSON object per line (the default, kept for scripts).</source>
        <translation>Écrire un objet JSON par ligne (le défaut, gardé pour les scripts).</translation>
    </message>
    <message>
        <source>Message files (RFC 5322, any line endings).</source>
        <translation>Fichiers de message (RFC 5322, toutes fins de ligne).</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>No file given.</source>
        <translation>Aucun fichier indiqué.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::ConfigCheckCommand</name>
    <message>
        <source>Report every problem in a settings file; exit 1 if there is any.</source>
        <translation>Signale chaque problème d’un fichier de réglages ; code de sortie 1 s’il y en a un.</translation>
    </message>
    <message>
        <source>The settings file to check.</source>
        <translation>Le fichier de réglages à vérifier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Also check that each account&apos;s password can be read, from where vigie --headless reads it.</source>
        <translation>Vérifier aussi que le mot de passe de chaque compte peut être lu, là où vigie --headless le lit.</translation>
    </message>
    <message>
        <source>No password is stored for the %1 account in %2.</source>
        <translation>Aucun mot de passe n’est enregistré pour le compte %1 dans %2.</translation>
    </message>
    <message>
        <source>The password of the %1 account cannot be read: %2</source>
        <translation>Le mot de passe du compte %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1 : aucun problème trouvé.</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::DaemonCommand</name>
    <message>
        <source>Vigie did not answer within %1 seconds.</source>
        <translation>Vigie n’a pas répondu dans les %1 secondes.</translation>
    </message>
    <message>
        <source>Ask the running Vigie how the mail flows.</source>
        <translation>Demander au Vigie en marche comment le courrier circule.</translation>
    </message>
    <message>
        <source>Tell the running Vigie to raise no alarm for HOURS hours.</source>
        <translation>Demander au Vigie en marche de ne lever aucune alerte pendant HOURS heures.</translation>
    </message>
    <message>
        <source>Tell the running Vigie that an outage has begun (outage) or is over (resolved).</source>
        <translation>Signaler au Vigie en marche qu’une panne a commencé (outage) ou est terminée (resolved).</translation>
    </message>
    <message>
        <source>The settings file the running Vigie uses.</source>
        <translation>Le fichier de réglages qu’utilise le Vigie en marche.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print Vigie&apos;s reply as one JSON object.</source>
        <translation>Afficher la réponse de Vigie sous forme d’un objet JSON.</translation>
    </message>
    <message>
        <source>How long, 1 to %1 hours.</source>
        <translation>Durée, de 1 à %1 heures.</translation>
    </message>
    <message>
        <source>What to declare.</source>
        <translation>Ce qu’il faut signaler.</translation>
    </message>
    <message>
        <source>Usage: vigie-cli %1 --help</source>
        <translation>Usage : vigie-cli %1 --help</translation>
    </message>
    <message>
        <source>Vigie&apos;s answer cannot be understood.</source>
        <translation>La réponse de Vigie est incompréhensible.</translation>
    </message>
    <message>
        <source>No Vigie is running with the settings in %1.</source>
        <translation>Aucun Vigie ne fonctionne avec les réglages de %1.</translation>
    </message>
    <message>
        <source>Vigie cannot be reached: %1</source>
        <translation>Vigie est injoignable : %1</translation>
    </message>
    <message>
        <source>Vigie is watching %1.</source>
        <translation>Vigie surveille %1.</translation>
    </message>
    <message>
        <source>Vigie runs but is not watching %1: %2</source>
        <translation>Vigie fonctionne mais ne surveille pas %1 : %2</translation>
    </message>
    <message>
        <source>(incident since %1)</source>
        <translation>(incident depuis %1)</translation>
    </message>
    <message>
        <source>Mail flow: %1</source>
        <translation>Courrier : %1</translation>
    </message>
    <message>
        <source>Mailbox access: %1</source>
        <translation>Accès à la boîte : %1</translation>
    </message>
    <message>
        <source>Alarms snoozed until %1.</source>
        <translation>Alertes suspendues jusqu’à %1.</translation>
    </message>
    <message>
        <source>flowing</source>
        <translation>il circule</translation>
    </message>
    <message>
        <source>in doubt, being checked</source>
        <translation>douteux, en cours de vérification</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>panne</translation>
    </message>
    <message>
        <source>flowing again, being confirmed</source>
        <translation>il circule de nouveau, confirmation en cours</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failing, within its grace period</source>
        <translation>en échec, dans son délai de grâce</translation>
    </message>
    <message>
        <source>out of reach</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>login refused: check the password</source>
        <translation>connexion refusée : vérifiez le mot de passe</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::DatabaseLocator</name>
    <message>
        <source>%1 cannot be read as Vigie settings.</source>
        <translation>%1 ne peut pas être lu comme réglages de Vigie.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::HistoryCommand</name>
    <message>
        <source>How many days back (default 30).</source>
        <translation>Combien de jours en arrière (30 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--days wants a number of days between 1 and 3660.</source>
        <translation>--days attend un nombre de jours entre 1 et 3660.</translation>
    </message>
    <message>
        <source>History could not be loaded (%1): %2 %3</source>
        <translation>L’historique n’a pas pu être chargé (%1) : %2 %3</translation>
    </message>
    <message>
        <source>Print when each message of the last N days arrived (epoch seconds, one a line, followed by bulk when it came from a bulk sender): a trace for simulate.</source>
        <translation>Affiche l’heure d’arrivée de chaque message des N derniers jours (secondes epoch, une par ligne, suivie de bulk quand il vient d’un expéditeur de masse) : une trace pour simulate.</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::IncidentsCommand</name>
    <message>
        <source>List the incidents Vigie recorded, or print one&apos;s timeline with its evidence.</source>
        <translation>Lister les incidents enregistrés par Vigie, ou afficher la chronologie de l’un d’eux avec ses preuves.</translation>
    </message>
    <message>
        <source>The settings file Vigie runs with.</source>
        <translation>Le fichier de réglages avec lequel Vigie fonctionne.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>List the incidents opened in the last N days.</source>
        <translation>Lister les incidents ouverts ces N derniers jours.</translation>
    </message>
    <message>
        <source>Print the timeline of incident ID.</source>
        <translation>Afficher la chronologie de l’incident ID.</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Afficher un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>--days takes a number of days, --timeline an incident&apos;s number.</source>
        <translation>--days attend un nombre de jours, --timeline un numéro d’incident.</translation>
    </message>
    <message>
        <source>Vigie has kept no incident log at %1 yet.</source>
        <translation>Vigie n’a pas encore de journal d’incidents dans %1.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Il n’y a pas d’incident %1.</translation>
    </message>
    <message>
        <source>Incident %1: %2, opened %3, %4; worst state %5</source>
        <translation>Incident %1 : %2, ouvert le %3, %4 ; pire état %5</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>toujours ouvert</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::SimulateCommand</name>
    <message>
        <source>Replay a trace of arrival times through the silence detector; print each state change.</source>
        <translation>Rejoue une trace d’heures d’arrivée dans le détecteur de silence ; affiche chaque changement d’état.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The mailbox&apos;s time zone, for its hours of the week (default: the system&apos;s).</source>
        <translation>Le fuseau horaire de la boîte, pour ses heures de la semaine (par défaut : celui du système).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>False alarms tolerated per 90 days (default: 1).</source>
        <translation>Fausses alertes tolérées par 90 jours (1 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Name the trace to replay with --arrivals FILE.</source>
        <translation>Indiquez la trace à rejouer avec --arrivals FICHIER.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; write for example Europe/Paris.</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de ce système ; écrivez par exemple Europe/Paris.</translation>
    </message>
    <message>
        <source>--false-alarm-budget is “%1”; it must be a number of false alarms per 90 days greater than 0, such as 1 or 0.5.</source>
        <translation>--false-alarm-budget vaut « %1 » ; ce doit être un nombre de fausses alertes par 90 jours supérieur à 0, comme 1 ou 0.5.</translation>
    </message>
    <message>
        <source>The trace %1 cannot be read: %2</source>
        <translation>La trace %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>%1:%2: “%3” is not an arrival time in Unix epoch seconds, such as 1767600000.5.</source>
        <translation>%1:%2 : « %3 » n’est pas une heure d’arrivée en secondes epoch Unix, comme 1767600000.5.</translation>
    </message>
    <message>
        <source>%1:%2: %3 comes before the arrival on the line above; arrivals must be in ascending order.</source>
        <translation>%1:%2 : %3 précède l’arrivée de la ligne du dessus ; les arrivées doivent être dans l’ordre croissant.</translation>
    </message>
    <message>
        <source>The trace: one arrival per line in Unix epoch seconds (decimals allowed), ascending, optionally followed by the word bulk when the message came from a bulk sender (a list, a newsletter, a notification); lines starting with # are comments.</source>
        <translation>La trace : une arrivée par ligne en secondes epoch Unix (décimales permises), dans l’ordre croissant, suivie au besoin du mot bulk quand le message vient d’un expéditeur de masse (une liste, une lettre d’information, une notification) ; les lignes commençant par # sont des commentaires.</translation>
    </message>
    <message>
        <source>%1:%2: after the arrival time, only the word bulk may follow (the message came from a bulk sender); found “%3”.</source>
        <translation>%1:%2 : après l’heure d’arrivée, seul le mot bulk peut suivre (le message vient d’un expéditeur de masse) ; trouvé « %3 ».</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli::WatchCommand</name>
    <message>
        <source>Watch an account&apos;s mailbox; print one JSON object per event until interrupted.</source>
        <translation>Surveille la boîte d’un compte ; affiche un objet JSON par événement jusqu’à interruption.</translation>
    </message>
    <message>
        <source>Append the IMAP conversation, passwords removed, to this file.</source>
        <translation>Ajoute la conversation IMAP, mots de passe retirés, à ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::Config::SettingsFields</name>
    <message>
        <source>one of: %1</source>
        <translation>l’une des valeurs : %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
</context>
<context>
    <name>Vigie::Config::SettingsFile</name>
    <message>
        <source>%1 is “%2”, but it must be %3.</source>
        <translation>%1 vaut « %2 », mais doit être %3.</translation>
    </message>
    <message>
        <source>%1 looks like a password. Passwords never belong in the settings file: remove it and store the password in the system keychain or the secrets file.</source>
        <translation>%1 ressemble à un mot de passe. Un mot de passe n’a jamais sa place dans le fichier de réglages : retirez-le et enregistrez-le dans le trousseau du système ou dans le fichier des secrets.</translation>
    </message>
    <message>
        <source>%1 is not a Vigie setting and is ignored. Is it misspelt?</source>
        <translation>%1 n’est pas un réglage de Vigie et sera ignoré. Est-il mal orthographié ?</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>Le fichier de réglages %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Le fichier de réglages %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The settings file %1 is not a valid INI file.</source>
        <translation>Le fichier de réglages %1 n’est pas un fichier INI valide.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Impossible d’écrire le fichier de réglages %1.</translation>
    </message>
</context>
<context>
    <name>Vigie::Config::SettingsMigration</name>
    <message>
        <source>The schema version “%1” is not a positive whole number.</source>
        <translation>La version de schéma « %1 » n’est pas un nombre entier positif.</translation>
    </message>
    <message>
        <source>This settings file was written by a newer Vigie (schema %1); this version understands schema %2 and older. Update Vigie.</source>
        <translation>Ce fichier de réglages a été écrit par une version plus récente de Vigie (schéma %1) ; cette version comprend le schéma %2 et les précédents. Mettez Vigie à jour.</translation>
    </message>
    <message>
        <source>No way is known to upgrade settings of schema %1 to schema %2.</source>
        <translation>Aucune méthode connue pour passer des réglages du schéma %1 au schéma %2.</translation>
    </message>
</context>
<context>
    <name>Vigie::Config::SettingsValidator</name>
    <message>
        <source>%1port is %2; a port is a number from 1 to 65535 (0 for the standard port).</source>
        <translation>%1port vaut %2 ; un port est un nombre de 1 à 65535 (0 pour le port standard).</translation>
    </message>
    <message>
        <source>The certificate file %1 named by %2caCertificatesFile cannot be read.</source>
        <translation>Le fichier de certificats %1 indiqué par %2caCertificatesFile ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1pinnedCertificateSha256 must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>%1pinnedCertificateSha256 doit être une empreinte SHA-256 : 64 chiffres hexadécimaux, deux-points permis.</translation>
    </message>
    <message>
        <source>%1 pins a certificate but turns TLS off; choose one.</source>
        <translation>%1 épingle un certificat mais désactive TLS ; choisissez l’un ou l’autre.</translation>
    </message>
    <message>
        <source>No %1 account is set up: enter its address and IMAP server.</source>
        <translation>Aucun compte %1 n’est configuré : indiquez son adresse et son serveur IMAP.</translation>
    </message>
    <message>
        <source>%1address “%2” is not an e-mail address.</source>
        <translation>%1address « %2 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The %1 account has no IMAP server: set %1.imap/host.</source>
        <translation>Le compte %1 n’a pas de serveur IMAP : renseignez %1.imap/host.</translation>
    </message>
    <message>
        <source>%1.imap/mailbox is empty; the usual value is INBOX.</source>
        <translation>%1.imap/mailbox est vide ; la valeur habituelle est INBOX.</translation>
    </message>
    <message>
        <source>%1.imap/pollIntervalSeconds is %2; checking more often than every %3 seconds would burden the server.</source>
        <translation>%1.imap/pollIntervalSeconds vaut %2 ; vérifier plus souvent que toutes les %3 secondes surchargerait le serveur.</translation>
    </message>
    <message>
        <source>The backup address is the primary address; the backup must be a mailbox at another provider.</source>
        <translation>L’adresse de secours est l’adresse principale ; le secours doit être une boîte chez un autre fournisseur.</translation>
    </message>
    <message>
        <source>secrets/backend is “file”, but secrets/file does not name one.</source>
        <translation>secrets/backend vaut « file », mais secrets/file n’indique aucun fichier.</translation>
    </message>
    <message>
        <source>%1 is %2; it must be at least %3: %4</source>
        <translation>%1 vaut %2 ; il doit valoir au moins %3 : %4</translation>
    </message>
    <message>
        <source>detection/falseAlarmsPer90Days is %1; it is how many false alarms you accept in 90 days, a number above 0 and at most 90, such as 1 or 0.5.</source>
        <translation>detection/falseAlarmsPer90Days vaut %1 ; c’est le nombre de fausses alertes que vous acceptez en 90 jours, un nombre supérieur à 0 et au plus 90, comme 1 ou 0.5.</translation>
    </message>
    <message>
        <source>detection/timeZone “%1” is not a time zone this system knows; write for example Europe/Paris, or leave it empty for the system&apos;s.</source>
        <translation>detection/timeZone « %1 » n’est pas un fuseau horaire connu de ce système ; écrivez par exemple Europe/Paris, ou laissez-le vide pour celui du système.</translation>
    </message>
    <message>
        <source>0 turns the fixed window off.</source>
        <translation>0 désactive la fenêtre fixe.</translation>
    </message>
    <message>
        <source>0 judges from the first day.</source>
        <translation>0 juge dès le premier jour.</translation>
    </message>
    <message>
        <source>probing more often would burden both providers.</source>
        <translation>sonder plus souvent surchargerait les deux fournisseurs.</translation>
    </message>
    <message>
        <source>one signal is the least that can declare an outage.</source>
        <translation>il faut au moins un signal pour déclarer une panne.</translation>
    </message>
    <message>
        <source>at least one probe must come through before recovery.</source>
        <translation>au moins une sonde doit passer avant le rétablissement.</translation>
    </message>
    <message>
        <source>0 declares recovery as soon as the probes come through.</source>
        <translation>0 déclare le rétablissement dès que les sondes passent.</translation>
    </message>
    <message>
        <source>0 opens an incident at the first failure.</source>
        <translation>0 ouvre un incident dès le premier échec.</translation>
    </message>
    <message>
        <source>0 makes a deferral an outage at once.</source>
        <translation>0 fait d’un report de livraison une panne immédiate.</translation>
    </message>
</context>
<context>
    <name>Vigie::Detect::BusinessCalendar</name>
    <message>
        <source>The closure “%1” is not a date or a range of dates such as 2026-08-01..2026-08-21.</source>
        <translation>La fermeture « %1 » n’est ni une date ni une plage de dates comme 2026-08-01..2026-08-21.</translation>
    </message>
    <message>
        <source>The business hours “%1” are not understood; write for example “mon-fri 08-18, sat 09-12”.</source>
        <translation>Les heures d’ouverture « %1 » ne sont pas comprises ; écrivez par exemple « mon-fri 08-18, sat 09-12 ».</translation>
    </message>
</context>
<context>
    <name>Vigie::Logging::LogSetup</name>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation>Impossible d’écrire le journal %1 : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::Net::TlsPolicy</name>
    <message>
        <source>The file %1 holds no PEM certificate to trust.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM à approuver.</translation>
    </message>
</context>
<context>
    <name>Vigie::Secrets::ChainedSecretStore</name>
    <message>
        <source>, then </source>
        <translation>, puis </translation>
    </message>
</context>
<context>
    <name>Vigie::Secrets::EnvironmentSecretStore</name>
    <message>
        <source>Secrets given through the environment or the service manager cannot be changed by Vigie.</source>
        <translation>Les secrets fournis par l’environnement ou le gestionnaire de services ne peuvent pas être modifiés par Vigie.</translation>
    </message>
    <message>
        <source>the environment (%1 or $CREDENTIALS_DIRECTORY)</source>
        <translation>l’environnement (%1 ou $CREDENTIALS_DIRECTORY)</translation>
    </message>
</context>
<context>
    <name>Vigie::Secrets::FileSecretStore</name>
    <message>
        <source>the secrets file %1</source>
        <translation>le fichier des secrets %1</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read or changed by other users. Make it private with: chmod 600 %1</source>
        <translation>Le fichier des secrets %1 peut être lu ou modifié par d’autres utilisateurs. Rendez-le privé avec : chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Impossible de lire le fichier des secrets %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Impossible d’écrire le fichier des secrets %1 : %2</translation>
    </message>
    <message>
        <source>A secret kept in a file cannot contain a line break.</source>
        <translation>Un secret conservé dans un fichier ne peut pas contenir de saut de ligne.</translation>
    </message>
</context>
<context>
    <name>Vigie::Secrets::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>Vigie::Service::ControlServer</name>
    <message>
        <source>vigie-cli cannot reach this Vigie: %1</source>
        <translation>vigie-cli ne peut pas joindre ce Vigie : %1</translation>
    </message>
    <message>
        <source>Unknown request: %1</source>
        <translation>Requête inconnue : %1</translation>
    </message>
    <message>
        <source>Vigie is not watching the mailbox: %1</source>
        <translation>Vigie ne surveille pas la boîte : %1</translation>
    </message>
    <message>
        <source>Snooze for 1 to %1 hours.</source>
        <translation>Suspendre les alertes de 1 à %1 heures.</translation>
    </message>
</context>
<context>
    <name>Vigie::Service::DetectionPipeline</name>
    <message>
        <source>The backup account could not send a probe (%1).</source>
        <translation>Le compte de secours n’a pas pu envoyer de sonde (%1).</translation>
    </message>
    <message>
        <source>The backup mailbox cannot be watched (%1); bounces of probes go unseen.</source>
        <translation>La boîte de secours ne peut pas être surveillée (%1) ; les rebonds des sondes passent inaperçus.</translation>
    </message>
    <message>
        <source>The primary mail server cannot delete single messages: arrived probes are left marked as deleted, for your mail program to purge.</source>
        <translation>Le serveur de messagerie principal ne sait pas supprimer un seul message : les sondes arrivées restent marquées comme supprimées, jusqu’à ce que votre logiciel de messagerie les purge.</translation>
    </message>
    <message>
        <source>The primary mail server cannot move messages: arrived probes stay in the inbox. Leave the probe folder setting empty to have them deleted instead.</source>
        <translation>Le serveur de messagerie principal ne sait pas déplacer les messages : les sondes arrivées restent dans la boîte de réception. Laissez vide le réglage du dossier des sondes pour qu’elles soient supprimées.</translation>
    </message>
    <message>
        <source>The folder %1 for probes does not exist on the primary mail server: arrived probes stay in the inbox until it is created.</source>
        <translation>Le dossier %1 des sondes n’existe pas sur le serveur de messagerie principal : les sondes arrivées restent dans la boîte de réception tant qu’il n’est pas créé.</translation>
    </message>
</context>
<context>
    <name>Vigie::Service::MonitorService</name>
    <message>
        <source>Vigie started watching %1.</source>
        <translation>Vigie a commencé à surveiller %1.</translation>
    </message>
    <message>
        <source>Vigie stopped.</source>
        <translation>Vigie s’est arrêté.</translation>
    </message>
    <message>
        <source>No password is stored for %1 yet.</source>
        <translation>Aucun mot de passe n’est encore enregistré pour %1.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be read: %2</source>
        <translation>Le mot de passe de %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Mail flow: %1 → %2 (%3).</source>
        <translation>Flux de courrier : %1 → %2 (%3).</translation>
    </message>
    <message>
        <source>The outage is over.</source>
        <translation>La panne est terminée.</translation>
    </message>
    <message>
        <source>Mail to %1 is not being delivered.</source>
        <translation>Le courrier destiné à %1 n’est pas distribué.</translation>
    </message>
    <message>
        <source>The primary mail server refused the password for %1.</source>
        <translation>Le serveur de messagerie principal a refusé le mot de passe de %1.</translation>
    </message>
    <message>
        <source>Vigie is already running (process %1) with the data in %2; if it is not, delete %3.</source>
        <translation>Vigie fonctionne déjà (processus %1) avec les données de %2 ; si ce n’est pas le cas, supprimez %3.</translation>
    </message>
</context>
<context>
    <name>Vigie::Smtp::ProbeMessage</name>
    <message>
        <source>Vigie deliverability check</source>
        <translation>Vérification de distribution Vigie</translation>
    </message>
    <message>
        <source>This is an automated deliverability check sent by Vigie, a program that watches this mailbox for its owner. It was sent from %1 to %2 to confirm that mail reaches this mailbox. It needs no action and is removed automatically.</source>
        <translation>Ceci est une vérification automatique de distribution envoyée par Vigie, un programme qui surveille cette boîte aux lettres pour son propriétaire. Ce message a été envoyé de %1 à %2 pour confirmer que le courrier parvient bien à cette boîte. Il n’appelle aucune action et sera supprimé automatiquement.</translation>
    </message>
</context>
<context>
    <name>Vigie::Store::Database</name>
    <message>
        <source>Cannot create the folder %1 for Vigie&apos;s database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données de Vigie.</translation>
    </message>
    <message>
        <source>Cannot open Vigie&apos;s database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données de Vigie %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Vigie database, or it is damaged. Move it aside and Vigie will create a new one.</source>
        <translation>Le fichier %1 n’est pas une base de données de Vigie, ou il est endommagé. Déplacez-le ailleurs et Vigie en créera une nouvelle.</translation>
    </message>
    <message>
        <source>Cannot configure Vigie&apos;s database %1.</source>
        <translation>Impossible de configurer la base de données de Vigie %1.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Vigie (schema %2, this version knows %3). Update Vigie.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Vigie (schéma %2, cette version connaît le %3). Mettez Vigie à jour.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1 to schema %2.</source>
        <translation>Impossible de mettre à niveau la base de données %1 vers le schéma %2.</translation>
    </message>
    <message>
        <source>There is no Vigie database at %1.</source>
        <translation>Il n’y a pas de base de données Vigie dans %1.</translation>
    </message>
    <message>
        <source>The database %1 is of another version of Vigie (schema %2, this program knows %3): use the vigie-cli that came with the Vigie that wrote it.</source>
        <translation>La base de données %1 vient d’une autre version de Vigie (schéma %2, ce programme connaît le %3) : utilisez le vigie-cli fourni avec le Vigie qui l’a écrite.</translation>
    </message>
</context>
<context>
    <name>Vigie::Ui::TrayIcon</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Quit Vigie</source>
        <translation>&amp;Quitter Vigie</translation>
    </message>
    <message>
        <source>S&amp;nooze alarms</source>
        <translation>&amp;Suspendre les alertes</translation>
    </message>
    <message numerus="yes">
        <source>For %n hour(s)</source>
        <translation>
            <numerusform>Pendant %n heure</numerusform>
            <numerusform>Pendant %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Declare an outage…</source>
        <translation>&amp;Déclarer une panne…</translation>
    </message>
    <message>
        <source>&amp;Mark the incident resolved</source>
        <translation>&amp;Marquer l’incident comme résolu</translation>
    </message>
    <message>
        <source>Declare an outage</source>
        <translation>Déclarer une panne</translation>
    </message>
    <message>
        <source>Declare that mail is not reaching %1? Vigie will act as it does when it detects an outage itself.</source>
        <translation>Déclarer que le courrier n’arrive plus à %1 ? Vigie agira comme lorsqu’il détecte lui-même une panne.</translation>
    </message>
</context>
<context>
    <name>Vigie::Ui::TrayPresentation</name>
    <message>
        <source>Vigie is watching %1.</source>
        <translation>Vigie surveille %1.</translation>
    </message>
    <message>
        <source>Vigie is not set up yet: %1</source>
        <translation>Vigie n’est pas encore configuré : %1</translation>
    </message>
    <message>
        <source>Vigie cannot run: %1</source>
        <translation>Vigie ne peut pas fonctionner : %1</translation>
    </message>
    <message>
        <source>Vigie is stopped.</source>
        <translation>Vigie est arrêté.</translation>
    </message>
    <message>
        <source>Vigie is checking whether mail still reaches %1.</source>
        <translation>Vigie vérifie que le courrier arrive toujours à %1.</translation>
    </message>
    <message>
        <source>Outage: mail is not reaching %1.</source>
        <translation>Panne : le courrier n’arrive plus à %1.</translation>
    </message>
    <message>
        <source>Mail reaches %1 again; Vigie is making sure it lasts.</source>
        <translation>Le courrier arrive de nouveau à %1 ; Vigie s’assure que cela dure.</translation>
    </message>
    <message>
        <source>Alarms are snoozed until %1.</source>
        <translation>Alertes suspendues jusqu’à %1.</translation>
    </message>
    <message>
        <source>The mail server refuses Vigie&apos;s login for %1: check the password.</source>
        <translation>Le serveur de messagerie refuse la connexion de Vigie pour %1 : vérifiez le mot de passe.</translation>
    </message>
    <message>
        <source>Vigie cannot reach the mailbox of %1.</source>
        <translation>Vigie ne peut pas joindre la boîte de %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vigie watches your mailbox and keeps you reachable when your mail provider fails.</source>
        <translation>Vigie surveille votre boîte aux lettres et vous garde joignable quand votre fournisseur de messagerie tombe en panne.</translation>
    </message>
    <message>
        <source>Run without a display, as a service.</source>
        <translation>Fonctionner sans écran, comme un service.</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>Utiliser ce fichier de réglages.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Log debugging details.</source>
        <translation>Journaliser les détails de débogage.</translation>
    </message>
</context>
<context>
    <name>vigie-cli</name>
    <message>
        <source>Usage: vigie-cli COMMAND [options]</source>
        <translation>Utilisation : vigie-cli COMMANDE [options]</translation>
    </message>
    <message>
        <source>       vigie-cli --version</source>
        <translation>              vigie-cli --version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run vigie-cli COMMAND --help for the options of a command.</source>
        <translation>Lancez vigie-cli COMMANDE --help pour les options d’une commande.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
</context>
</TS>
