#pragma once

#include <QString>

namespace Vigie::Smtp {

// Where in a submission something happened: the rejected step, the one that timed out, or the
// command an evidence reply answered.
enum class SubmissionStep {
    Connect, // TCP connection and, with implicit TLS, the handshake
    Greeting, // the server's 220 banner
    Ehlo,
    StartTls, // the command and the handshake that follows it
    Auth,
    MailFrom,
    RcptTo,
    Data, // the DATA command itself
    MessageBody, // the message and its final "." (the reply is the acceptance)
    Quit,
};

QString toString(SubmissionStep step);

} // namespace Vigie::Smtp
