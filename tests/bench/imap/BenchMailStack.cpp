#include "BenchMailStack.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

BenchMailStack::~BenchMailStack()
{
    if (!m_privateDir.isEmpty()) {
        QString ignored;
        run({QStringLiteral(VIGIE_MAILSTACK_SCRIPT), QStringLiteral("stop"), m_privateDir}, &ignored);
        QDir(m_privateDir).removeRecursively();
    }
}

bool BenchMailStack::run(const QStringList &arguments, QString *error) const
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
    QString path = envFile;
    if (path.isEmpty()) {
        m_privateDir = QStringLiteral("/tmp/vms-bench-%1").arg(QCoreApplication::applicationPid());
        if (!run({QStringLiteral(VIGIE_MAILSTACK_SCRIPT), QStringLiteral("start"), m_privateDir}, error)) {
            m_privateDir.clear();
            return false;
        }
        path = m_privateDir + QStringLiteral("/env");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return false;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            m_values.insert(line.left(equals), line.mid(equals + 1));
    }
    return true;
}

Vigie::Config::AccountSettings BenchMailStack::ownerAccount() const
{
    Vigie::Config::AccountSettings account;
    account.address = value("OWNER_ADDRESS");
    account.imap.host = value("PRIMARY_IMAPS_HOST");
    account.imap.port = value("PRIMARY_IMAPS_PORT").toInt();
    account.imap.tls = Vigie::Config::TlsMode::Implicit;
    account.imap.caCertificatesFile = value("MAILSTACK_CA_FILE");
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
