#include "../imap/FakeImapServer.h"

#include "probe/ProbeRemover.h"

#include <QSignalSpy>
#include <QTest>

using namespace Vigie;
using Probe::ProbeRemover;

namespace {

QByteArray login(const QByteArray &capabilities)
{
    return "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\n"
           "C: A001 AUTHENTICATE PLAIN [redacted]\n"
           "S: A001 OK [CAPABILITY IMAP4rev1 "
        + capabilities
        + "] logged in\n"
          "C: A002 SELECT \"INBOX\"\n"
          "S: * 9 EXISTS\n"
          "S: * OK [UIDVALIDITY 7] ok\n"
          "S: * OK [UIDNEXT 10] ok\n"
          "S: A002 OK [READ-WRITE] selected\n";
}

// The X-Vigie-Probe field of each (uid, token), as the server answers the remover's re-read.
QByteArray probeFields(int tag, const QByteArray &uidSet, const QList<std::pair<int, QByteArray>> &messages)
{
    const QByteArray t = "A00" + QByteArray::number(tag);
    QByteArray script = "C: " + t + " UID FETCH " + uidSet + " (UID BODY.PEEK[HEADER.FIELDS (X-Vigie-Probe)])\n";
    for (const auto &[uid, token] : messages) {
        const QByteArray field = "X-Vigie-Probe: " + token + "\r\n\r\n";
        script += "S: * " + QByteArray::number(uid) + " FETCH (UID " + QByteArray::number(uid)
            + " BODY[HEADER.FIELDS (X-VIGIE-PROBE)] {" + QByteArray::number(field.size()) + "}\n"
            + "S: X-Vigie-Probe: " + token + "\nS: \nS: )\n";
    }
    return script + "S: " + t + " OK fetched\n";
}

QByteArray reply(int tag, const QByteArray &command, const QByteArray &answer = "OK done")
{
    const QByteArray t = "A00" + QByteArray::number(tag);
    return "C: " + t + ' ' + command + "\nS: " + t + ' ' + answer + '\n';
}

QByteArray logout(int tag)
{
    const QByteArray t = "A00" + QByteArray::number(tag);
    return "C: " + t + " LOGOUT\nS: * BYE bye\nS: " + t + " OK\nX: close\n";
}

ProbeRemover::Options optionsFor(const FakeImapServer &server, const QByteArray &moveTo = {})
{
    ProbeRemover::Options options;
    options.access.session.host = QStringLiteral("127.0.0.1");
    options.access.session.port = server.port();
    options.access.session.tls = Config::TlsMode::None;
    options.access.session.responseTimeoutMs = 2000;
    options.access.credentials = {QStringLiteral("owner"), QStringLiteral("secret"), nullptr};
    options.moveTo = moveTo;
    options.batchDelayMs = 10;
    return options;
}

bool issued(const QString &token)
{
    return token == u"t1" || token == u"t2";
}

bool sentAny(const FakeImapServer &server, const QList<QByteArray> &verbs)
{
    for (const QByteArray &line : server.receivedLines()) {
        for (const QByteArray &verb : verbs) {
            if (line.contains(QByteArray(' ' + verb)))
                return true;
        }
    }
    return false;
}

} // namespace

// The remover against a scripted server: what it sends for each capability set, and that it
// never expunges anything but its own probes.
class ProbeRemoverTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expungesExactlyItsProbes();
    void withoutUidPlusLeavesProbesMarkedNeverExpunges();
    void movesProbesToTheFolder();
    void leavesProbesWhenTheFolderIsMissing();
    void withoutMoveLeavesProbesUntouched();
    void sweepFindsProbesLeftBehind();
};

void ProbeRemoverTest::expungesExactlyItsProbes()
{
    FakeImapServer server;
    server.addConnection(login("UIDPLUS") + probeFields(3, "5:6", {{5, "t1"}, {6, "someone-else"}})
                         + reply(4, "UID STORE 5 +FLAGS.SILENT (\\Deleted)") + reply(5, "UID EXPUNGE 5") + logout(6));
    ProbeRemover remover(optionsFor(server), issued);
    QSignalSpy removed(&remover, &ProbeRemover::probesRemoved);
    remover.remove(7, 5);
    remover.remove(7, 6);
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.constFirst().constFirst().toStringList(), QStringList{QStringLiteral("t1")});
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void ProbeRemoverTest::withoutUidPlusLeavesProbesMarkedNeverExpunges()
{
    FakeImapServer server;
    server.addConnection(login("MOVE") + probeFields(3, "5", {{5, "t1"}})
                         + reply(4, "UID STORE 5 +FLAGS.SILENT (\\Seen \\Deleted)") + logout(5));
    ProbeRemover remover(optionsFor(server), issued);
    QSignalSpy removed(&remover, &ProbeRemover::probesRemoved);
    QSignalSpy problems(&remover, &ProbeRemover::problemFound);
    remover.remove(7, 5);
    QVERIFY(problems.wait(5000));
    QCOMPARE(problems.constFirst().constFirst().value<ProbeRemover::Problem>(), ProbeRemover::Problem::CannotExpunge);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
    // A plain EXPUNGE would take the owner's own \Deleted mail with the probes.
    QVERIFY(!sentAny(server, {"EXPUNGE", "MOVE", "COPY", "CREATE"}));
    QCOMPARE(removed.size(), 0);
}

void ProbeRemoverTest::movesProbesToTheFolder()
{
    FakeImapServer server;
    server.addConnection(login("UIDPLUS MOVE") + probeFields(3, "5", {{5, "t2"}})
                         + reply(4, "UID MOVE 5 \"Vigie probes\"") + logout(5));
    ProbeRemover remover(optionsFor(server, "Vigie probes"), issued);
    QSignalSpy removed(&remover, &ProbeRemover::probesRemoved);
    remover.remove(7, 5);
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.constFirst().constFirst().toStringList(), QStringList{QStringLiteral("t2")});
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
    QVERIFY(!sentAny(server, {"STORE", "EXPUNGE"}));
}

void ProbeRemoverTest::leavesProbesWhenTheFolderIsMissing()
{
    FakeImapServer server;
    server.addConnection(login("UIDPLUS MOVE") + probeFields(3, "5", {{5, "t1"}})
                         + reply(4, "UID MOVE 5 \"Probes\"", "NO [TRYCREATE] Mailbox doesn't exist: Probes")
                         + logout(5));
    ProbeRemover remover(optionsFor(server, "Probes"), issued);
    QSignalSpy removed(&remover, &ProbeRemover::probesRemoved);
    QSignalSpy failed(&remover, &ProbeRemover::removalFailed);
    QSignalSpy problems(&remover, &ProbeRemover::problemFound);
    remover.remove(7, 5);
    QVERIFY(failed.wait(5000));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().constFirst().value<ProbeRemover::Problem>(), ProbeRemover::Problem::FolderMissing);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
    // Vigie creates no folder, and deleting what the owner wanted kept is not its call.
    QVERIFY(!sentAny(server, {"CREATE", "STORE", "EXPUNGE"}));
    QCOMPARE(removed.size(), 0);
}

void ProbeRemoverTest::withoutMoveLeavesProbesUntouched()
{
    FakeImapServer server;
    server.addConnection(login("UIDPLUS") + probeFields(3, "5", {{5, "t1"}}) + logout(4));
    ProbeRemover remover(optionsFor(server, "Probes"), issued);
    QSignalSpy problems(&remover, &ProbeRemover::problemFound);
    remover.remove(7, 5);
    QVERIFY(problems.wait(5000));
    QCOMPARE(problems.constFirst().constFirst().value<ProbeRemover::Problem>(), ProbeRemover::Problem::CannotMove);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
    QVERIFY(!sentAny(server, {"STORE", "EXPUNGE", "MOVE", "COPY"}));
}

void ProbeRemoverTest::sweepFindsProbesLeftBehind()
{
    FakeImapServer server;
    server.addConnection(
        login("UIDPLUS") + "C: A003 UID SEARCH HEADER \"X-Vigie-Probe\" \"\" UNDELETED\n" + "S: * SEARCH 3 8 9\n"
        + "S: A003 OK\n" + probeFields(4, "3,8:9", {{3, "t1"}, {8, "expired"}, {9, "t2"}})
        + reply(5, "UID STORE 3,9 +FLAGS.SILENT (\\Deleted)") + reply(6, "UID EXPUNGE 3,9") + logout(7));
    ProbeRemover remover(optionsFor(server), issued);
    QSignalSpy removed(&remover, &ProbeRemover::probesRemoved);
    remover.sweep();
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.constFirst().constFirst().toStringList(),
             (QStringList{QStringLiteral("t1"), QStringLiteral("t2")}));
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 5000);
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

QTEST_GUILESS_MAIN(ProbeRemoverTest)
#include "ProbeRemoverTest.moc"
