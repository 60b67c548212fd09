#pragma once

#include "Job.h"

namespace Vigie::Imap {

class TokenProvider;

// AUTHENTICATE with PLAIN (RFC 4616), XOAUTH2 or OAUTHBEARER (RFC 7628). The initial response
// goes inline when the server offers SASL-IR, after a "+" otherwise; payloads never reach the
// wire log. The OAuth mechanisms ask the token provider first.
class AuthenticateJob : public Job
{
    Q_OBJECT
public:
    enum class Mechanism { Plain, XOAuth2, OAuthBearer };

    AuthenticateJob(Mechanism mechanism, QString username, QString password, QObject *parent = nullptr);
    AuthenticateJob(Mechanism mechanism, QString username, TokenProvider *tokens, QObject *parent = nullptr);

    static QByteArray mechanismName(Mechanism mechanism);
    // The initial client response, before base64.
    static QByteArray initialResponse(Mechanism mechanism, const QString &username, const QByteArray &secret,
                                      const QString &host, quint16 port);

protected:
    void start() override;
    void handleContinuation(const Response &response) override;
    void handleTagged(const Response &response) override;
    Net::ServiceError::Kind refusalKind() const override { return Net::ServiceError::Kind::Authentication; }

private:
    void sendAuthenticate(const QByteArray &secret);

    Mechanism m_mechanism;
    QString m_username;
    QString m_password;
    TokenProvider *m_tokens = nullptr;
    QByteArray m_pendingResponse; // base64, sent at the first "+" when there is no SASL-IR
    bool m_sentResponse = false;
};

} // namespace Vigie::Imap
