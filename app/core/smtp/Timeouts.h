#pragma once

namespace Vigie::Smtp {

// How long to wait at each step, in milliseconds. The defaults follow RFC 5321 section 4.5.3.2
// (5 minutes for a reply, 10 for the end of data) except where a desktop client gains nothing
// from waiting that long (the connection and the TLS handshake).
struct Timeouts
{
    int connectMs = 60'000;
    int greetingMs = 300'000;
    int commandMs = 300'000;
    int dataEndMs = 600'000;
    int quitMs = 30'000;

    bool operator==(const Timeouts &) const = default;
};

} // namespace Vigie::Smtp
