#pragma once

#include "AuthMechanism.h"

#include <QString>

namespace Vigie::Smtp {

// Google's and Microsoft's XOAUTH2: "user=" U ^A "auth=Bearer " T ^A ^A. On failure the server
// sends a base64 JSON status as a 334 challenge and expects an empty answer before its 535.
class XOAuth2Mechanism final : public AuthMechanism
{
public:
    XOAuth2Mechanism(const QString &username, const QString &accessToken);

    QByteArray name() const override { return "XOAUTH2"; }
    bool hasInitialResponse() const override { return true; }
    QByteArray initialResponse() const override;
    QByteArray respond(const QByteArray &challenge) override;
    QByteArray serverDiagnostic() const override { return m_diagnostic; }

private:
    QByteArray m_username;
    QByteArray m_token;
    QByteArray m_diagnostic;
};

} // namespace Vigie::Smtp
