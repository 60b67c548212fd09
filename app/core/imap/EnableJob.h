#pragma once

#include "Job.h"

namespace Vigie::Imap {

// ENABLE (RFC 5161), e.g. CONDSTORE: asks only for what the server advertises.
class EnableJob : public Job
{
    Q_OBJECT
public:
    explicit EnableJob(QList<QByteArray> extensions, QObject *parent = nullptr);
    QList<QByteArray> enabled() const { return m_enabled; }

protected:
    void start() override;
    void handleUntagged(const Response &response) override;

private:
    QList<QByteArray> m_extensions;
    QList<QByteArray> m_enabled;
};

} // namespace Vigie::Imap
