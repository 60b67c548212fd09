#include "LogoutJob.h"

#include "Session.h"

namespace Vigie::Imap {

void LogoutJob::start()
{
    setSessionState(Session::State::LoggingOut);
    sendCommand("LOGOUT");
}

void LogoutJob::handleTagged(const Response &)
{
    finish(); // whatever it says, we are done with this connection
}

} // namespace Vigie::Imap
