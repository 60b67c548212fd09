#pragma once

#include "../imap/FakeImapServer.h"

#include "watch/MailboxWatcher.h"

#include <QSignalSpy>

// Script fragments the watcher tests share: a login, an EXAMINE, a fetched message.
namespace WatcherScripts {

inline const QByteArray Login = "S: * OK [CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN SASL-IR] ready\n"
                                "C: A001 AUTHENTICATE PLAIN [redacted]\n"
                                "S: A001 OK [CAPABILITY IMAP4rev1 IDLE] logged in\n";
inline const QByteArray LoginNoIdle = "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\n"
                                      "C: A001 AUTHENTICATE PLAIN [redacted]\n"
                                      "S: A001 OK [CAPABILITY IMAP4rev1] logged in\n";
inline const QByteArray FetchItems = " (UID INTERNALDATE RFC822.SIZE ENVELOPE BODY.PEEK[HEADER])";

inline QByteArray examine(int tag, int validity, int uidNext, int exists)
{
    return "C: A00" + QByteArray::number(tag) + " EXAMINE \"INBOX\"\n" + "S: * " + QByteArray::number(exists)
        + " EXISTS\n" + "S: * OK [UIDVALIDITY " + QByteArray::number(validity) + "] ok\n" + "S: * OK [UIDNEXT "
        + QByteArray::number(uidNext) + "] ok\n" + "S: A00" + QByteArray::number(tag) + " OK [READ-ONLY] examined\n";
}

// Received on 26 Nov 2026 at 10:00 and uid % 60 seconds, unless day says otherwise ("19-Nov-2026").
inline QByteArray fetchedMessage(int sequence, int uid, const char *subject, const char *day = "26-Nov-2026")
{
    return "S: * " + QByteArray::number(sequence) + " FETCH (UID " + QByteArray::number(uid) + " INTERNALDATE \"" + day
        + " 10:00:" + QByteArray::number(uid % 60).rightJustified(2, '0') + " +0000\" RFC822.SIZE 321"
        + " ENVELOPE (\"Thu, 26 Nov 2026 10:00:00 +0000\" \"" + subject
        + "\" ((\"Alice\" NIL \"alice\" \"clients.test\")) NIL NIL ((NIL NIL \"owner\" \"primary.test\")) NIL NIL NIL"
          " \"<m"
        + QByteArray::number(uid) + "@clients.test>\") BODY[HEADER] {12}\n" + "S: Subject: x\n" + "S: )\n";
}

inline Vigie::Watch::MailboxWatcher::Options optionsFor(const FakeImapServer &server)
{
    Vigie::Watch::MailboxWatcher::Options options;
    options.access.session.host = QStringLiteral("127.0.0.1");
    options.access.session.port = server.port();
    options.access.session.tls = Vigie::Config::TlsMode::None;
    options.access.session.responseTimeoutMs = 2000;
    options.access.credentials = {QStringLiteral("owner"), QStringLiteral("secret"), nullptr};
    options.backoffMinimumMs = 10;
    options.backoffMaximumMs = 50;
    options.pollIntervalMs = 50;
    return options;
}

inline QList<quint32> uidsOf(const QSignalSpy &spy)
{
    QList<quint32> uids;
    for (const auto &arguments : spy)
        uids.append(arguments.constFirst().value<Vigie::Watch::Arrival>().uid);
    return uids;
}

} // namespace WatcherScripts
