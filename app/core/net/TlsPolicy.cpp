#include "TlsPolicy.h"

#include "NetLogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Vigie::Net {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Net::TlsPolicy)
};

} // namespace

TlsPolicy TlsPolicy::fromSettings(const Config::ServerSettings &settings, QString *problem)
{
    TlsPolicy policy;
    policy.m_mode = settings.tls;
    policy.m_pinnedSha256 = normalizeFingerprint(settings.pinnedCertificateSha256);
    if (!settings.caCertificatesFile.isEmpty()) {
        policy.m_extraCaCertificates = QSslCertificate::fromPath(settings.caCertificatesFile, QSsl::Pem);
        if (policy.m_extraCaCertificates.isEmpty() && problem) {
            *problem = Text::tr("The file %1 holds no PEM certificate to trust.").arg(settings.caCertificatesFile);
        }
    }
    return policy;
}

QByteArray TlsPolicy::normalizeFingerprint(const QString &fingerprint)
{
    QString hex = fingerprint.trimmed();
    hex.remove(u':');
    hex.remove(u' ');
    return QByteArray::fromHex(hex.toLatin1());
}

bool TlsPolicy::matchesPin(const QSslCertificate &certificate) const
{
    return !m_pinnedSha256.isEmpty() && certificate.digest(QCryptographicHash::Sha256) == m_pinnedSha256;
}

void TlsPolicy::apply(QSslSocket &socket) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::SecureProtocols);
    if (!m_extraCaCertificates.isEmpty())
        configuration.addCaCertificates(m_extraCaCertificates);
    socket.setSslConfiguration(configuration);

    if (isPinned()) {
        const TlsPolicy policy = *this;
        QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [policy, &socket](const QList<QSslError> &errors) {
            if (policy.matchesPin(socket.peerCertificate())) {
                qCDebug(lcNet) << "Pinned certificate accepted despite" << errors.size() << "verification errors";
                socket.ignoreSslErrors(errors);
            }
        });
    }
}

ServiceError TlsPolicy::checkEncryptedPeer(const QSslSocket &socket) const
{
    if (isPinned() && !matchesPin(socket.peerCertificate())) {
        ServiceError error = ServiceError::make(
            ServiceError::Kind::Tls,
            QStringLiteral("the server's certificate (SHA-256 %1) is not the pinned one")
                .arg(QString::fromLatin1(socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex(':'))));
        return error;
    }
    return {};
}

} // namespace Vigie::Net
