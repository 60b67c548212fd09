#pragma once

#include "Job.h"

namespace Vigie::Imap {

// LOGIN user password. The wire log shows the user name and "[redacted]".
class LoginJob : public Job
{
    Q_OBJECT
public:
    LoginJob(QString username, QString password, QObject *parent = nullptr);

protected:
    void start() override;
    void handleTagged(const Response &response) override;
    Net::ServiceError::Kind refusalKind() const override { return Net::ServiceError::Kind::Authentication; }

private:
    QString m_username;
    QString m_password;
};

} // namespace Vigie::Imap
