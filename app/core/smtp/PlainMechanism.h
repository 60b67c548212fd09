#pragma once

#include "AuthMechanism.h"

#include <QString>

namespace Vigie::Smtp {

// RFC 4616: authzid NUL authcid NUL password, in one initial response.
class PlainMechanism final : public AuthMechanism
{
public:
    PlainMechanism(const QString &username, const QString &password);

    QByteArray name() const override { return "PLAIN"; }
    bool hasInitialResponse() const override { return true; }
    QByteArray initialResponse() const override;
    QByteArray respond(const QByteArray &challenge) override;

private:
    QByteArray m_username;
    QByteArray m_password;
};

} // namespace Vigie::Smtp
