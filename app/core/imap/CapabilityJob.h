#pragma once

#include "Job.h"

namespace Vigie::Imap {

// CAPABILITY: the session records the answer; capabilities() repeats it.
class CapabilityJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    QList<QByteArray> capabilities() const { return m_capabilities; }

protected:
    void start() override;
    void handleUntagged(const Response &response) override;

private:
    QList<QByteArray> m_capabilities;
};

} // namespace Vigie::Imap
