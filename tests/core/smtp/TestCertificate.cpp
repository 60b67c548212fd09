#include "TestCertificate.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>

bool TestCertificate::create()
{
    if (!m_dir.isValid())
        return false;
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    QSignalSpy done(&openssl, &QProcess::finished);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), certificate});
    if (!done.wait(30'000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return false;
    QFile keyFile(key);
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    m_server = QSslConfiguration::defaultConfiguration();
    m_server.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
    m_server.setLocalCertificate(QSslCertificate::fromPath(certificate).value(0));
    m_server.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_certificateFile = certificate;
    return !m_server.privateKey().isNull() && !m_server.localCertificate().isNull();
}
