#pragma once

#include "AuthMechanism.h"

#include <QString>

namespace Vigie::Smtp {

// The pre-standard LOGIN mechanism (draft-murchison-sasl-login): the server prompts for the
// user name, then the password. Prompts are answered in order, not by their wording, which
// varies between servers.
class LoginMechanism final : public AuthMechanism
{
public:
    LoginMechanism(const QString &username, const QString &password);

    QByteArray name() const override { return "LOGIN"; }
    bool hasInitialResponse() const override { return false; }
    QByteArray initialResponse() const override { return {}; }
    QByteArray respond(const QByteArray &challenge) override;

private:
    QByteArray m_username;
    QByteArray m_password;
    int m_prompts = 0;
};

} // namespace Vigie::Smtp
