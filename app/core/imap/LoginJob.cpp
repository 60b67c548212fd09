#include "LoginJob.h"

#include "CommandSyntax.h"
#include "Session.h"

namespace Vigie::Imap {

LoginJob::LoginJob(QString username, QString password, QObject *parent)
    : Job(parent)
    , m_username(std::move(username))
    , m_password(std::move(password))
{ }

void LoginJob::start()
{
    using Kind = Net::ServiceError::Kind;
    if (session()->hasCapability("LOGINDISABLED")) {
        finish(Net::ServiceError::make(Kind::Authentication, QStringLiteral("the server does not allow LOGIN here")));
        return;
    }
    const auto user = CommandSyntax::quoted(m_username.toUtf8());
    const auto pass = CommandSyntax::quoted(m_password.toUtf8());
    if (!user || !pass) {
        finish(Net::ServiceError::make(Kind::Authentication,
                                       QStringLiteral("the user name or password holds a line break")));
        return;
    }
    sendCommand("LOGIN " + *user + ' ' + *pass, "LOGIN " + *user + " [redacted]");
}

void LoginJob::handleTagged(const Response &response)
{
    if (response.status == Response::Status::Ok)
        markAuthenticated(response);
    Job::handleTagged(response);
}

} // namespace Vigie::Imap
