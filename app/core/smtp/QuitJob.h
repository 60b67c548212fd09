#pragma once

#include "Job.h"

namespace Vigie::Smtp {

// QUIT and a polite close. Whatever the server answers, the submission's verdict is already in.
class QuitJob final : public Job
{
    Q_OBJECT
public:
    QuitJob(Session *session, int timeoutMs);

    void start() override;
    void handleReply(const SmtpReply &reply) override;

private:
    int m_timeoutMs;
};

} // namespace Vigie::Smtp
