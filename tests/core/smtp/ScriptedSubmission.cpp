#include "ScriptedSubmission.h"

#include "smtp/DotStuffer.h"
#include "smtp/SubmissionClient.h"

#include <QTest>

using namespace Vigie;
using namespace Vigie::Smtp;

namespace ScriptedSubmission {

QByteArray message()
{
    return QByteArrayLiteral("Subject: test\r\n\r\n.leading dot\r\nbody\r\n");
}

Envelope envelope()
{
    return Envelope{QStringLiteral("owner@backup.test"), {QStringLiteral("owner@primary.test")}, "probe-token", true};
}

Credentials password()
{
    return {QStringLiteral("owner@backup.test"), QStringLiteral("pw")};
}

Timeouts shortTimeouts()
{
    Timeouts timeouts;
    timeouts.connectMs = 3000;
    timeouts.greetingMs = 3000;
    timeouts.commandMs = 3000;
    timeouts.dataEndMs = 3000;
    timeouts.quitMs = 1000;
    return timeouts;
}

QString fullEhloScript()
{
    return QStringLiteral(R"(
        S: 220 fake.test ESMTP scripted
        C: EHLO [127.0.0.1]
        S: 250-fake.test
        S: 250-PIPELINING
        S: 250-SIZE 10240000
        S: 250-AUTH PLAIN LOGIN
        S: 250-ENHANCEDSTATUSCODES
        S: 250 DSN
    )");
}

QString dsnEnvelopeScript()
{
    return QStringLiteral("C: MAIL FROM:<owner@backup.test> SIZE=%1 RET=HDRS ENVID=probe-token\n"
                          "C: RCPT TO:<owner@primary.test> NOTIFY=FAILURE,DELAY ORCPT=rfc822;owner@primary.test\n")
        .arg(DotStuffer::encode(message()).size() - 3);
}

ScriptedRun submit(ScriptedSmtpServer &server, const Credentials &credentials, const Timeouts &timeouts,
                   Config::TlsMode tls, AccessTokenProvider *tokens, const QString &caFile, const Envelope &envelope)
{
    Config::ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.tls = tls;
    settings.caCertificatesFile = caFile;
    SubmissionClient client;
    client.setServer(settings);
    client.setCredentials(credentials);
    client.setTimeouts(timeouts);
    client.setAccessTokenProvider(tokens);
    ScriptedRun run;
    QObject::connect(&client, &SubmissionClient::finished, &client, [&run](const SubmissionResult &result) {
        run.result = result;
        ++run.emissions;
    });
    if (!client.submit(envelope, message()))
        return run;
    if (!QTest::qWaitFor([&run] { return run.emissions > 0; }, 15000))
        return run;
    // finished() comes once: give a second one the chance to show up.
    QTest::qWait(20);
    return run;
}

} // namespace ScriptedSubmission
