#include "BenchMailStack.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

BenchMailStack::~BenchMailStack()
{
    if (!m_privateDir.isEmpty()) {
        QString ignored;
        run({QStringLiteral(VIGIE_MAILSTACK_SCRIPT), QStringLiteral("stop"), m_privateDir}, &ignored);
        QDir(m_privateDir).removeRecursively();
    }
}

bool BenchMailStack::run(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(arguments.constFirst(), arguments.mid(1));
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        *error = arguments.join(u' ') + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAll());
        return false;
    }
    return true;
}

bool BenchMailStack::start(const QString &envFile, QString *error)
{
    if (!envFile.isEmpty())
        return loadFile(envFile, error);
    m_privateDir = QStringLiteral("/tmp/vms-bench-%1").arg(QCoreApplication::applicationPid());
    if (!run({QStringLiteral(VIGIE_MAILSTACK_SCRIPT), QStringLiteral("start"), m_privateDir}, error)) {
        m_privateDir.clear();
        return false;
    }
    return loadFile(m_privateDir + QStringLiteral("/env"), error);
}

Vigie::Config::AccountSettings BenchMailStack::ownerAccount() const
{
    Vigie::Config::AccountSettings account;
    account.address = value("OWNER_ADDRESS");
    account.imap = primaryImap(Vigie::Config::TlsMode::Implicit);
    return account;
}

QString BenchMailStack::ownerMaildir() const
{
    return value("MAILSTACK_MAIL_ROOT") + QStringLiteral("/primary.test/owner/Maildir");
}

bool BenchMailStack::giveToDovecot(QString *error) const
{
    return run({QStringLiteral("chown"), QStringLiteral("-R"), QStringLiteral("dovecot:dovecot"),
                value("MAILSTACK_MAIL_ROOT") + QStringLiteral("/primary.test/owner")},
               error);
}
