#pragma once

#include <QByteArray>
#include <QList>
#include <memory>

namespace Vigie::Smtp {

// One SASL mechanism (RFC 4954): what to send first and how to answer each 334 challenge.
// Values are raw; the AUTH job does the base64 and keeps them out of the wire log.
class AuthMechanism
{
public:
    virtual ~AuthMechanism() = default;

    virtual QByteArray name() const = 0;
    // True when the mechanism starts with a client response (sent with AUTH when it fits).
    virtual bool hasInitialResponse() const = 0;
    virtual QByteArray initialResponse() const = 0;
    virtual QByteArray respond(const QByteArray &challenge) = 0;
    // What the server explained before failing (XOAUTH2 sends a JSON error as a challenge).
    virtual QByteArray serverDiagnostic() const { return {}; }

    // The mechanism Vigie prefers among those offered: XOAUTH2 with a token; otherwise PLAIN,
    // then LOGIN. Empty when none fits.
    static QByteArray choose(const QList<QByteArray> &offered, bool haveAccessToken);
    static std::unique_ptr<AuthMechanism> create(const QByteArray &name, const QString &username,
                                                 const QString &secret);
};

} // namespace Vigie::Smtp
