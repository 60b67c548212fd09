#pragma once

#include "../../support/MailStack.h"

// A private mail stack for one benchmark run (so filling a mailbox disturbs no test), or the
// one whose env file is given. Set-up code: it blocks, which the core never does.
class BenchMailStack : public MailStack
{
public:
    ~BenchMailStack();
    // envFile empty: start a private stack in a temporary directory, stopped on destruction.
    bool start(const QString &envFile, QString *error);

    Vigie::Config::AccountSettings ownerAccount() const;
    QString ownerMaildir() const;
    // Makes the owner's maildir Dovecot's again after we wrote into it.
    bool giveToDovecot(QString *error) const;

private:
    static bool run(const QStringList &arguments, QString *error);

    QString m_privateDir;
};
