#pragma once

#include "Job.h"

namespace Vigie::Imap {

// NOOP: a poll for mailbox updates (EXISTS arrives as an untagged response) and a keep-alive.
class NoopJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;

protected:
    void start() override { sendCommand("NOOP"); }
};

} // namespace Vigie::Imap
