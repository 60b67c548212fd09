#pragma once

#include "ScriptedSmtpServer.h"
#include "config/Settings.h"
#include "smtp/Credentials.h"
#include "smtp/Envelope.h"
#include "smtp/SubmissionResult.h"
#include "smtp/Timeouts.h"

namespace Vigie::Smtp {
class AccessTokenProvider;
}

struct ScriptedRun
{
    Vigie::Smtp::SubmissionResult result;
    int emissions = 0; // how many times finished() came: must be 1
};

// The client side of the scripted tests: one envelope and message, short timeouts, and the
// script fragments most conversations share.
class ScriptedSubmission
{
public:
    static QByteArray message();
    static Vigie::Smtp::Envelope envelope();
    static Vigie::Smtp::Credentials password();
    static Vigie::Smtp::Timeouts shortTimeouts();

    // Greeting and an EHLO offering PIPELINING, SIZE, AUTH PLAIN LOGIN, ENHANCEDSTATUSCODES, DSN.
    static QString fullEhloScript();
    // The pipelined MAIL and RCPT lines with their SIZE and DSN parameters.
    static QString dsnEnvelopeScript();

    // Submits to server on 127.0.0.1 and waits (without sleeping) for finished().
    static ScriptedRun submit(ScriptedSmtpServer &server, const Vigie::Smtp::Credentials &credentials,
        const Vigie::Smtp::Timeouts &timeouts, Vigie::Config::TlsMode tls,
        Vigie::Smtp::AccessTokenProvider *tokens, const QString &caFile,
        const Vigie::Smtp::Envelope &envelope = ScriptedSubmission::envelope());
};
