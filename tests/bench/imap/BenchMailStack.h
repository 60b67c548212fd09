#pragma once

#include "config/Settings.h"

#include <QMap>
#include <QString>

// A private mail stack for one benchmark run (so filling a mailbox disturbs no test), or the
// one named by --env / VIGIE_MAILSTACK_ENV. Set-up code: it blocks, which the core never does.
class BenchMailStack
{
public:
    ~BenchMailStack();
    // envFile empty: start a private stack in a temporary directory, stopped on destruction.
    bool start(const QString &envFile, QString *error);

    QString value(const char *key) const { return m_values.value(QString::fromLatin1(key)); }
    Vigie::Config::AccountSettings ownerAccount() const;
    QString ownerMaildir() const;
    // Makes the maildir (and the Maildir++ subfolder, if any) Dovecot's again after we wrote into it.
    bool giveToDovecot(QString *error) const;

private:
    bool run(const QStringList &arguments, QString *error) const;

    QMap<QString, QString> m_values;
    QString m_privateDir;
};
