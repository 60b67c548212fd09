#include "AuthenticateJob.h"

#include "Session.h"
#include "TokenProvider.h"

namespace Vigie::Imap {

using Kind = Net::ServiceError::Kind;

AuthenticateJob::AuthenticateJob(Mechanism mechanism, QString username, QString password, QObject *parent)
    : Job(parent)
    , m_mechanism(mechanism)
    , m_username(std::move(username))
    , m_password(std::move(password))
{ }

AuthenticateJob::AuthenticateJob(Mechanism mechanism, QString username, TokenProvider *tokens, QObject *parent)
    : Job(parent)
    , m_mechanism(mechanism)
    , m_username(std::move(username))
    , m_tokens(tokens)
{ }

QByteArray AuthenticateJob::mechanismName(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::Plain:
        return "PLAIN";
    case Mechanism::XOAuth2:
        return "XOAUTH2";
    case Mechanism::OAuthBearer:
        return "OAUTHBEARER";
    }
    return {};
}

QByteArray AuthenticateJob::initialResponse(Mechanism mechanism, const QString &username, const QByteArray &secret,
                                            const QString &host, quint16 port)
{
    const QByteArray user = username.toUtf8();
    switch (mechanism) {
    case Mechanism::Plain:
        return '\0' + user + '\0' + secret;
    case Mechanism::XOAuth2:
        return "user=" + user + "\001auth=Bearer " + secret + "\001\001";
    case Mechanism::OAuthBearer: {
        QByteArray escaped = user;
        escaped.replace("=", "=3D").replace(",", "=2C");
        return "n,a=" + escaped + ",\001host=" + host.toUtf8() + "\001port=" + QByteArray::number(port)
            + "\001auth=Bearer " + secret + "\001\001";
    }
    }
    return {};
}

void AuthenticateJob::start()
{
    if (!session()->hasCapability(QByteArray("AUTH=" + mechanismName(m_mechanism)))) {
        finish(Net::ServiceError::make(
            Kind::Authentication,
            QStringLiteral("the server does not offer AUTH=%1").arg(QString::fromLatin1(mechanismName(m_mechanism)))));
        return;
    }
    if (m_mechanism == Mechanism::Plain) {
        sendAuthenticate(m_password.toUtf8());
        return;
    }
    if (!m_tokens) {
        finish(Net::ServiceError::make(Kind::Authentication, QStringLiteral("no OAuth token provider configured")));
        return;
    }
    m_tokens->requestToken(this, [this](const QByteArray &token, const Net::ServiceError &error) {
        if (error.isError() || token.isEmpty()) {
            finish(error.isError() ? error
                                   : Net::ServiceError::make(Kind::Authentication, QStringLiteral("no OAuth token")));
            return;
        }
        sendAuthenticate(token);
    });
}

void AuthenticateJob::sendAuthenticate(const QByteArray &secret)
{
    const Session::Options &options = session()->options();
    const QByteArray response = initialResponse(m_mechanism, m_username, secret, options.host, options.port).toBase64();
    const QByteArray command = "AUTHENTICATE " + mechanismName(m_mechanism);
    if (session()->hasCapability("SASL-IR")) {
        m_sentResponse = true;
        sendCommand(command + ' ' + (response.isEmpty() ? QByteArray("=") : response), command + " [redacted]");
    } else {
        m_pendingResponse = response;
        sendCommand(command);
    }
}

void AuthenticateJob::handleContinuation(const Response &)
{
    if (!m_sentResponse) {
        m_sentResponse = true;
        sendContinuation(m_pendingResponse, true);
        m_pendingResponse.clear();
        return;
    }
    // XOAUTH2 / OAUTHBEARER send an error challenge (JSON) and wait for an empty answer before
    // the tagged NO (RFC 7628 3.2.3); PLAIN has no second round, so answer with a cancel.
    switch (m_mechanism) {
    case Mechanism::Plain:
        sendContinuation("*");
        break;
    case Mechanism::XOAuth2:
        sendContinuation({});
        break;
    case Mechanism::OAuthBearer:
        sendContinuation("AQ=="); // base64 of %x01
        break;
    }
}

void AuthenticateJob::handleTagged(const Response &response)
{
    if (response.status == Response::Status::Ok)
        markAuthenticated(response);
    Job::handleTagged(response);
}

} // namespace Vigie::Imap
