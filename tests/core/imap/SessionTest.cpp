#include "FakeImapServer.h"

#include "imap/ExamineJob.h"
#include "imap/IdleJob.h"
#include "imap/NoopJob.h"
#include "imap/ReadOnlyGuard.h"
#include "imap/Session.h"
#include "imap/SessionOpener.h"
#include "imap/TokenProvider.h"
#include "imap/UidFetchJob.h"
#include "imap/WireTranscript.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Vigie;
using namespace Vigie::Imap;
using Kind = Net::ServiceError::Kind;

namespace {

const QByteArray Login = "S: * OK [CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN SASL-IR] ready\n"
                         "C: A001 AUTHENTICATE PLAIN [redacted]\n"
                         "S: A001 OK [CAPABILITY IMAP4rev1 IDLE] logged in\n";

Session::Options optionsFor(const FakeImapServer &server)
{
    Session::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.port();
    options.tls = Config::TlsMode::None;
    options.connectTimeoutMs = 2000;
    options.responseTimeoutMs = 2000;
    return options;
}

struct Harness
{
    explicit Harness(const FakeImapServer &server, Session::Options options = {})
        : session(options.host.isEmpty() ? optionsFor(server) : options)
    {
        transcript.record(&session);
        opener = new SessionOpener(&session, {QStringLiteral("owner"), QStringLiteral("secret"), nullptr}, &session);
    }
    bool open()
    {
        QSignalSpy opened(opener, &SessionOpener::opened);
        opener->start();
        return opened.wait(5000);
    }
    // The error that ends the login, or None if there is none within the wait.
    Net::ServiceError openingFailure()
    {
        QSignalSpy failed(opener, &SessionOpener::failed);
        opener->start();
        return failed.wait(5000) ? failed.constFirst().constFirst().value<Net::ServiceError>() : Net::ServiceError();
    }
    // The error that breaks the connection once job is sent.
    Net::ServiceError connectionFailureAfter(Job *job)
    {
        QSignalSpy failed(&session, &Session::failed);
        session.enqueue(job);
        return failed.wait(5000) ? failed.constFirst().constFirst().value<Net::ServiceError>() : Net::ServiceError();
    }
    Session session;
    WireTranscript transcript;
    SessionOpener *opener;
};

} // namespace

class SessionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assemblesLiteralsSplitAtEveryByte();
    void reportsUnsolicitedBye();
    void timesOutOnStalledCommand();
    void timesOutWithoutGreeting();
    void refusesOversizeLiteral();
    void failsOnGarbageLine();
    void wrongPasswordIsAnAuthenticationError();
    void refusesPlaintextWhenStartTlsIsMissing();
    void refusedStartTlsIsATlsError();
    void closeWithoutByeIsANetworkError();
    void redactsLoginPassword();
    void idleReportsExistsAndEndsOnDone();
    void oauthBearerFailureIsAnAuthenticationError();
    void refusesMailboxWrites_data();
    void refusesMailboxWrites();
};

void SessionTest::assemblesLiteralsSplitAtEveryByte()
{
    FakeImapServer server;
    server.setChunkSize(1);
    server.addConnection(Login
                         + "C: A002 EXAMINE \"INBOX\"\n"
                           "S: * 3 EXISTS\n"
                           "S: * OK [UIDVALIDITY 77] ok\n"
                           "S: * OK [UIDNEXT 10] ok\n"
                           "S: A002 OK [READ-ONLY] done\n"
                           "C: A003 UID FETCH 9 (UID BODY.PEEK[HEADER])\n"
                           "S: * 3 FETCH (UID 9 BODY[HEADER] {25}\n"
                           "S: Subject: a\n"
                           "S: From: b@c\n"
                           "S: \n"
                           "S: )\n"
                           "S: A003 OK done\n");
    Harness h(server);
    QVERIFY(h.open());

    auto *examine = new ExamineJob("INBOX");
    QSignalSpy examined(examine, &Job::finished);
    h.session.enqueue(examine);
    QVERIFY(examined.wait(5000));
    QVERIFY(!examine->error().isError());
    QCOMPARE(examine->state().uidValidity, 77u);
    QCOMPARE(examine->state().uidNext, 10u);
    QCOMPARE(examine->state().exists, 3u);
    QVERIFY(examine->state().readOnly);

    auto *fetch = new UidFetchJob("9", UidFetchJob::Header);
    QList<FetchData> messages;
    connect(fetch, &UidFetchJob::fetched, this, [&messages](const FetchData &m) { messages.append(m); });
    QSignalSpy fetched(fetch, &Job::finished);
    h.session.enqueue(fetch);
    QVERIFY(fetched.wait(5000));
    QVERIFY(!fetch->error().isError());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.constFirst().header, QByteArray("Subject: a\r\nFrom: b@c\r\n\r\n"));
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void SessionTest::reportsUnsolicitedBye()
{
    FakeImapServer server;
    server.addConnection(Login + "C: A002 NOOP\nS: * BYE [UNAVAILABLE] Server shutting down\nX: close\n");
    Harness h(server);
    QVERIFY(h.open());
    auto *noop = new NoopJob;
    QSignalSpy done(noop, &Job::finished);
    const Net::ServiceError error = h.connectionFailureAfter(noop);
    QVERIFY(error.kind == Kind::ServerUnavailable);
    QCOMPARE(error.serverText, QStringLiteral("Server shutting down"));
    QCOMPARE(error.responseCode, QByteArray("UNAVAILABLE"));
    QCOMPARE(done.size(), 1);
}

void SessionTest::timesOutOnStalledCommand()
{
    FakeImapServer server;
    server.addConnection(Login + "C: A002 NOOP\n");
    Session::Options options = optionsFor(server);
    options.responseTimeoutMs = 200;
    Harness h(server, options);
    QVERIFY(h.open());
    QVERIFY(h.connectionFailureAfter(new NoopJob).kind == Kind::Timeout);
}

void SessionTest::timesOutWithoutGreeting()
{
    FakeImapServer server;
    server.addConnection("");
    Session::Options options = optionsFor(server);
    options.connectTimeoutMs = 200;
    Harness h(server, options);
    QVERIFY(h.openingFailure().kind == Kind::Timeout);
}

void SessionTest::refusesOversizeLiteral()
{
    FakeImapServer server;
    server.addConnection(Login + "C: A002 NOOP\nS: * 1 FETCH (UID 5 BODY[] {4294967296}\n");
    Session::Options options = optionsFor(server);
    options.limits.maxLiteralSize = 1024 * 1024;
    Harness h(server, options);
    QVERIFY(h.open());
    QVERIFY(h.connectionFailureAfter(new NoopJob).kind == Kind::Protocol);
}

void SessionTest::failsOnGarbageLine()
{
    FakeImapServer server;
    server.addConnection(Login + "C: A002 NOOP\nS: HTTP/1.1 400 Bad Request\n");
    Harness h(server);
    QVERIFY(h.open());
    const Net::ServiceError error = h.connectionFailureAfter(new NoopJob);
    QVERIFY(error.kind == Kind::Protocol);
    QVERIFY(error.serverText.contains(u"HTTP/1.1"));
}

void SessionTest::wrongPasswordIsAnAuthenticationError()
{
    FakeImapServer server;
    server.addConnection("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                         "C: A001 AUTHENTICATE PLAIN\n"
                         "S: +\n"
                         "C: [redacted]\n"
                         "S: A001 NO [AUTHENTICATIONFAILED] Authentication failed.\n");
    Harness h(server);
    const Net::ServiceError error = h.openingFailure();
    QVERIFY(error.kind == Kind::Authentication);
    QCOMPARE(error.responseCode, QByteArray("AUTHENTICATIONFAILED"));
    QVERIFY(!error.isTransient());
    QVERIFY(h.transcript.lines().contains("C: [redacted]"));
    QVERIFY(!h.transcript.toText().contains(QByteArray("secret").toBase64()));
}

void SessionTest::refusesPlaintextWhenStartTlsIsMissing()
{
    FakeImapServer server;
    server.addConnection("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n");
    Session::Options options = optionsFor(server);
    options.tls = Config::TlsMode::StartTls;
    Harness h(server, options);
    QVERIFY(h.openingFailure().kind == Kind::Tls);
    QVERIFY(h.transcript.clientCommands().isEmpty());
}

void SessionTest::refusedStartTlsIsATlsError()
{
    FakeImapServer server;
    server.addConnection("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n"
                         "C: A001 STARTTLS\n"
                         "S: A001 NO TLS is broken today\n");
    Session::Options options = optionsFor(server);
    options.tls = Config::TlsMode::StartTls;
    Harness h(server, options);
    const Net::ServiceError error = h.openingFailure();
    QVERIFY(error.kind == Kind::Tls);
    QCOMPARE(error.serverText, QStringLiteral("TLS is broken today"));
    QCOMPARE(h.transcript.clientCommands(), QList<QByteArray>{"STARTTLS"}); // and no password in clear
}

void SessionTest::closeWithoutByeIsANetworkError()
{
    FakeImapServer server;
    server.addConnection(Login + "C: A002 NOOP\nX: close\n");
    Harness h(server);
    QVERIFY(h.open());
    const Net::ServiceError error = h.connectionFailureAfter(new NoopJob);
    QVERIFY(error.kind == Kind::Network);
    QVERIFY(error.isTransient());
}

void SessionTest::redactsLoginPassword()
{
    FakeImapServer server;
    server.addConnection("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                         "C: A001 LOGIN \"owner\" [redacted]\n"
                         "S: A001 OK [CAPABILITY IMAP4rev1] welcome\n");
    Harness h(server);
    QVERIFY(h.open());
    QCOMPARE(server.receivedLines().constFirst(), QByteArray("A001 LOGIN \"owner\" \"secret\""));
    QVERIFY(h.transcript.lines().contains("C: A001 LOGIN \"owner\" [redacted]"));
    QVERIFY(!h.transcript.toText().contains("secret"));
}

void SessionTest::idleReportsExistsAndEndsOnDone()
{
    FakeImapServer server;
    server.addConnection(Login
                         + "C: A002 IDLE\n"
                           "S: + idling\n"
                           "S: * 4 EXISTS\n"
                           "C: DONE\n"
                           "S: A002 OK idle done\n");
    Harness h(server);
    QVERIFY(h.open());
    auto *idle = new IdleJob;
    QSignalSpy changed(idle, &IdleJob::mailboxChanged);
    QSignalSpy finished(idle, &Job::finished);
    h.session.enqueue(idle);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.constFirst().constFirst().value<Response>().number, 4u);
    idle->done();
    QVERIFY(finished.wait(5000));
    QVERIFY(server.mismatches().isEmpty());
}

void SessionTest::oauthBearerFailureIsAnAuthenticationError()
{
    struct FixedToken : TokenProvider
    {
        void requestToken(QObject *context, Callback callback) override
        {
            QTimer::singleShot(0, context, [callback] { callback("expired-token", {}); });
        }
    } tokens;
    FakeImapServer server;
    server.addConnection("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=OAUTHBEARER SASL-IR] ready\n"
                         "C: A001 AUTHENTICATE OAUTHBEARER [redacted]\n"
                         "S: + eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0=\n" // {"status":"invalid_token"}
                         "C: AQ==\n" // RFC 7628 3.2.3: %x01 ends it
                         "S: A001 NO [AUTHENTICATIONFAILED] token expired\n");
    Session session(optionsFor(server));
    WireTranscript transcript;
    transcript.record(&session);
    SessionOpener opener(&session, {QStringLiteral("owner@primary.test"), QString(), &tokens});
    QSignalSpy failed(&opener, &SessionOpener::failed);
    opener.start();
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.constFirst().constFirst().value<Net::ServiceError>().kind == Kind::Authentication);
    const QByteArray sent = server.receivedLines().constFirst();
    QCOMPARE(QByteArray::fromBase64(sent.mid(sent.lastIndexOf(' ') + 1)),
             QByteArray("n,a=owner@primary.test,\1host=127.0.0.1\1port=" + QByteArray::number(server.port())
                        + "\1auth=Bearer expired-token\1\1"));
    QVERIFY(!transcript.toText().contains("expired-token"));
    QVERIFY(!transcript.toText().contains(QByteArray("expired-token").toBase64().left(8)));
    QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
}

void SessionTest::refusesMailboxWrites_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<bool>("probeRemoval"); // let through on the probe remover's session
    QTest::newRow("store") << QByteArray("STORE 1 +FLAGS (\\Seen)") << true << false;
    QTest::newRow("uid store") << QByteArray("UID STORE 1 +FLAGS (\\Seen)") << true << true;
    QTest::newRow("expunge") << QByteArray("EXPUNGE") << true << false;
    QTest::newRow("uid expunge") << QByteArray("uid expunge 4") << true << true;
    QTest::newRow("copy") << QByteArray("COPY 1 Trash") << true << false;
    QTest::newRow("uid copy") << QByteArray("UID COPY 1 Trash") << true << false;
    QTest::newRow("move") << QByteArray("UID MOVE 1 Trash") << true << true;
    QTest::newRow("append") << QByteArray("APPEND INBOX {3}") << true << false;
    QTest::newRow("select") << QByteArray("SELECT INBOX") << true << true;
    QTest::newRow("delete") << QByteArray("DELETE INBOX") << true << false;
    QTest::newRow("examine") << QByteArray("EXAMINE INBOX") << false << false;
    QTest::newRow("uid fetch") << QByteArray("UID FETCH 1 (UID)") << false << false;
    QTest::newRow("search") << QByteArray("UID SEARCH HEADER Subject STORE") << false << false;
}

void SessionTest::refusesMailboxWrites()
{
    QFETCH(QByteArray, command);
    QFETCH(bool, refused);
    QFETCH(bool, probeRemoval);
    QCOMPARE(ReadOnlyGuard::isMailboxWrite(command), refused);
    QCOMPARE(ReadOnlyGuard::isProbeRemoval(command), probeRemoval);
}

QTEST_GUILESS_MAIN(SessionTest)
#include "SessionTest.moc"
