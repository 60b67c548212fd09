#pragma once

#include "Job.h"

#include <QMap>

namespace Vigie::Imap {

// ID (RFC 2971): tells the server who we are and learns its name, for bug reports.
class IdJob : public Job
{
    Q_OBJECT
public:
    explicit IdJob(QMap<QByteArray, QByteArray> clientFields, QObject *parent = nullptr);
    QMap<QByteArray, QByteArray> serverFields() const { return m_serverFields; }

protected:
    void start() override;
    void handleUntagged(const Response &response) override;

private:
    QMap<QByteArray, QByteArray> m_clientFields;
    QMap<QByteArray, QByteArray> m_serverFields;
};

} // namespace Vigie::Imap
