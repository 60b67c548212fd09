#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

// A throwaway self-signed certificate for 127.0.0.1 and localhost, made with openssl at test
// start (no key in the repository, nothing to expire).
class TestCertificate
{
public:
    // False when openssl is missing or fails: the TLS tests then skip.
    bool create();

    QString certificateFile() const { return m_certificateFile; }
    QSslConfiguration serverConfiguration() const { return m_server; }

private:
    QTemporaryDir m_dir;
    QString m_certificateFile;
    QSslConfiguration m_server;
};
