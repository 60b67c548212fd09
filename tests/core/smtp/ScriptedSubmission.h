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
// script fragments most conversations share. Test files say "using namespace ScriptedSubmission".
namespace ScriptedSubmission {

using Run = ScriptedRun;

QByteArray message();
Vigie::Smtp::Envelope envelope();
Vigie::Smtp::Credentials password();
Vigie::Smtp::Timeouts shortTimeouts();

// Greeting and an EHLO offering PIPELINING, SIZE, AUTH PLAIN LOGIN, ENHANCEDSTATUSCODES, DSN.
QString fullEhloScript();
// The pipelined MAIL and RCPT lines with their SIZE and DSN parameters.
QString dsnEnvelopeScript();

// Submits to server on 127.0.0.1 and waits (without sleeping) for finished().
Run submit(ScriptedSmtpServer &server, const Vigie::Smtp::Credentials &credentials = {},
           const Vigie::Smtp::Timeouts &timeouts = shortTimeouts(),
           Vigie::Config::TlsMode tls = Vigie::Config::TlsMode::None,
           Vigie::Smtp::AccessTokenProvider *tokens = nullptr, const QString &caFile = {},
           const Vigie::Smtp::Envelope &envelope = ScriptedSubmission::envelope());

} // namespace ScriptedSubmission
