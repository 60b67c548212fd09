#pragma once

#include "Job.h"

namespace Vigie::Imap {

// LOGOUT: finishes when the server confirms or closes the connection, whichever comes first.
class LogoutJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;

protected:
    void start() override;
    void handleTagged(const Response &response) override;
};

} // namespace Vigie::Imap
