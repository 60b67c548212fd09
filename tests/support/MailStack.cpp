#include "MailStack.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

namespace {

bool run(const QString &program, const QStringList &arguments, const QByteArray &input, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(30'000)) {
        process.kill();
        *error = program + QStringLiteral(" did not finish");
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAll());
        return false;
    }
    return true;
}

} // namespace

bool MailStack::load(QString *why)
{
    const QString path = qEnvironmentVariable("VIGIE_MAILSTACK_ENV");
    if (path.isEmpty()) {
        *why = QStringLiteral("VIGIE_MAILSTACK_ENV is not set: run through ctest with the MailStack fixture");
        return false;
    }
    return loadFile(path, why);
}

bool MailStack::loadFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("the mail stack is not running: %1 cannot be read").arg(path);
        return false;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            m_values.insert(line.left(equals), line.mid(equals + 1));
    }
    if (password().isEmpty()) {
        *why = QStringLiteral("%1 has no MAILSTACK_PASSWORD").arg(path);
        return false;
    }
    return true;
}

Vigie::Config::ImapSettings MailStack::primaryImap(Vigie::Config::TlsMode tls) const
{
    Vigie::Config::ImapSettings imap;
    const bool implicit = tls == Vigie::Config::TlsMode::Implicit;
    imap.host = value(implicit ? "PRIMARY_IMAPS_HOST" : "PRIMARY_IMAP_HOST");
    imap.port = value(implicit ? "PRIMARY_IMAPS_PORT" : "PRIMARY_IMAP_PORT").toInt();
    imap.tls = tls;
    imap.username = value("OWNER_ADDRESS");
    imap.caCertificatesFile = caFile();
    return imap;
}

Vigie::Config::AccountSettings MailStack::primaryAccount() const
{
    Vigie::Config::AccountSettings account;
    account.address = value("OWNER_ADDRESS");
    account.imap = primaryImap(Vigie::Config::TlsMode::Implicit);
    return account;
}

Vigie::Config::AccountSettings MailStack::backupAccount() const
{
    Vigie::Config::AccountSettings account;
    account.address = value("BACKUP_ADDRESS");
    account.imap.host = value("BACKUP_IMAPS_HOST");
    account.imap.port = value("BACKUP_IMAPS_PORT").toInt();
    account.imap.tls = Vigie::Config::TlsMode::Implicit;
    account.imap.caCertificatesFile = caFile();
    account.smtp.host = value("BACKUP_SUBMISSION_HOST");
    account.smtp.port = value("BACKUP_SUBMISSION_PORT").toInt();
    account.smtp.tls = Vigie::Config::TlsMode::StartTls;
    account.smtp.caCertificatesFile = caFile();
    return account;
}

QStringList MailStack::mailContaining(const QString &domain, const QString &user, const QByteArray &needle) const
{
    const QString root = value("MAILSTACK_MAIL_ROOT") + u'/' + domain + u'/' + user + QStringLiteral("/Maildir");
    QStringList found;
    for (const char *folder : {"new", "cur"}) {
        QDirIterator it(root + u'/' + QString::fromLatin1(folder), QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found.append(file.fileName());
        }
    }
    return found;
}

QString MailStack::moveIn(const QString &domain, const QString &user, const QByteArray &message,
                          const QDateTime &delivered) const
{
    const QString root = value("MAILSTACK_MAIL_ROOT") + u'/' + domain + u'/' + user + QStringLiteral("/Maildir");
    const QString name = QStringLiteral("%1.vigie-%2.test")
                             .arg(delivered.toSecsSinceEpoch())
                             .arg(QUuid::createUuid().toString(QUuid::Id128));
    // Written aside and renamed in, as Maildir asks, so that Dovecot never reads half a message;
    // owned like the Maildir, so that Dovecot may read it when the tests run as root.
    struct stat maildir = {};
    QFile file(root + QStringLiteral("/tmp/") + name);
    if (::stat(QFile::encodeName(root).constData(), &maildir) != 0 || !file.open(QIODevice::WriteOnly)
        || file.write(message) != message.size())
        return {};
    file.close();
    // Dovecot takes a Maildir file's modification time for the message's INTERNALDATE.
    if (!file.open(QIODevice::ReadWrite) || !file.setFileTime(delivered, QFileDevice::FileModificationTime)
        || (::chown(QFile::encodeName(file.fileName()).constData(), maildir.st_uid, maildir.st_gid) != 0
            && ::geteuid() == 0))
        return {};
    const QString moved = root + QStringLiteral("/new/") + name;
    return file.rename(moved) ? moved : QString();
}

QString MailStack::backdate(const QString &domain, const QString &user, const QString &file,
                            const QDateTime &delivered) const
{
    QFile original(file);
    if (!original.open(QIODevice::ReadOnly))
        return {};
    const QByteArray message = original.readAll();
    original.close();
    return original.remove() ? moveIn(domain, user, message, delivered) : QString();
}

bool MailStack::sendToOwner(const QString &subject, QString *error, const QByteArray &extraHeaders) const
{
    const QString from = QStringLiteral("alice@clients.test");
    const QByteArray message = "From: Alice <" + from.toUtf8() + ">\r\nTo: " + value("OWNER_ADDRESS").toUtf8()
        + "\r\nSubject: " + subject.toUtf8() + "\r\n" + extraHeaders + "\r\nHello.\r\n";
    return run(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("--ssl-reqd"), QStringLiteral("--cacert"), caFile(),
                QStringLiteral("--url"),
                QStringLiteral("smtp://%1:%2").arg(value("CLIENTS_SUBMISSION_HOST"), value("CLIENTS_SUBMISSION_PORT")),
                QStringLiteral("-u"), from + u':' + password(), QStringLiteral("--mail-from"), from,
                QStringLiteral("--mail-rcpt"), value("OWNER_ADDRESS"), QStringLiteral("-T"), QStringLiteral("-")},
               message, error);
}

bool MailStack::fault(const QString &name, QString *error) const
{
    return run(value("MAILSTACK_SCRIPT"), {QStringLiteral("fault"), value("MAILSTACK_DIR"), name}, {}, error);
}
