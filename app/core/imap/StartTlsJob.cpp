#include "StartTlsJob.h"

#include "Session.h"

namespace Vigie::Imap {

void StartTlsJob::start()
{
    if (!session()->hasCapability("STARTTLS")) {
        finish(
            Net::ServiceError::make(Net::ServiceError::Kind::Tls,
                                    QStringLiteral("the server does not offer STARTTLS; not continuing in plaintext")));
        return;
    }
    sendCommand("STARTTLS");
}

void StartTlsJob::handleTagged(const Response &response)
{
    if (response.status != Response::Status::Ok) {
        Job::handleTagged(response);
        return;
    }
    startTls([this](const Net::ServiceError &error) { finish(error); });
}

} // namespace Vigie::Imap
