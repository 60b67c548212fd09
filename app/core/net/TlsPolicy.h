#pragma once

#include "ServiceError.h"
#include "config/Settings.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

class QSslSocket;

namespace Vigie::Net {

// How a connection to one server is secured, from its settings: full certificate verification
// against the system CAs (plus the account's own CA file, if any), or trust in exactly one
// certificate pinned by its SHA-256 fingerprint. Never "accept anything".
class TlsPolicy
{
public:
    // problem receives a sentence when the CA file cannot be used.
    static TlsPolicy fromSettings(const Config::ServerSettings &settings, QString *problem = nullptr);

    Config::TlsMode mode() const { return m_mode; }
    bool isPinned() const { return !m_pinnedSha256.isEmpty(); }

    // Configures the socket before connecting or starting TLS. With a pin, certificate errors
    // are ignored exactly when the peer's certificate is the pinned one.
    void apply(QSslSocket &socket) const;

    // Call once the socket is encrypted: refuses a peer that does not match the pin.
    ServiceError checkEncryptedPeer(const QSslSocket &socket) const;

    bool matchesPin(const QSslCertificate &certificate) const;
    static QByteArray normalizeFingerprint(const QString &fingerprint);

private:
    Config::TlsMode m_mode = Config::TlsMode::Implicit;
    QList<QSslCertificate> m_extraCaCertificates;
    QByteArray m_pinnedSha256; // raw digest bytes
};

} // namespace Vigie::Net
