#pragma once

#include "config/Settings.h"

#include <QDateTime>
#include <QMap>
#include <QString>

// The real Dovecot + Postfix stack of tests/fixtures/mailstack, as the MailStack CTest fixture
// describes it in the file named by VIGIE_MAILSTACK_ENV.
class MailStack
{
public:
    // False (with the reason) when the fixture is not running: the test should QSKIP.
    bool load(QString *why);
    bool loadFile(const QString &path, QString *why);

    QString value(const char *key) const { return m_values.value(QString::fromLatin1(key)); }
    QString password() const { return value("MAILSTACK_PASSWORD"); }
    QString caFile() const { return value("MAILSTACK_CA_FILE"); }
    QString serverCertificateFile() const { return value("MAILSTACK_DIR") + QStringLiteral("/tls/server.pem"); }

    // The owner's IMAP account on the primary provider, over IMAPS or STARTTLS.
    Vigie::Config::ImapSettings primaryImap(Vigie::Config::TlsMode tls) const;
    // The owner's accounts as Vigie's settings name them: primary (IMAPS) and backup (IMAPS,
    // submission with STARTTLS), plus the stack's CA.
    Vigie::Config::AccountSettings primaryAccount() const;
    Vigie::Config::AccountSettings backupAccount() const;
    // The files of DOMAIN/USER's Maildir (new and cur) whose content contains needle.
    QStringList mailContaining(const QString &domain, const QString &user, const QByteArray &needle) const;
    // Puts a message into DOMAIN/USER's INBOX as a mail client moving it there from another folder
    // does: it keeps the date it was first delivered. Returns the message's file, empty on failure.
    QString moveIn(const QString &domain, const QString &user, const QByteArray &message,
                   const QDateTime &delivered) const;
    // Takes a message out of DOMAIN/USER's INBOX and puts it back as delivered then (its file
    // named by mailContaining). Returns the new file, empty on failure.
    QString backdate(const QString &domain, const QString &user, const QString &file, const QDateTime &delivered) const;

    // Blocking helpers for test set-up only; they run an external program with a bounded wait.
    // Sends a message from alice@clients.test to the owner through the real submission server;
    // extraHeaders, if any, are whole lines ending in CRLF.
    bool sendToOwner(const QString &subject, QString *error, const QByteArray &extraHeaders = {}) const;
    bool fault(const QString &name, QString *error) const;

private:
    QMap<QString, QString> m_values;
};
