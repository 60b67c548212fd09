#include "../../support/MailStack.h"

#include "imap/Session.h"
#include "imap/SessionOpener.h"
#include "imap/WireTranscript.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace Vigie;
using namespace Vigie::Imap;
using Kind = Net::ServiceError::Kind;

// Logging in to the real Dovecot of the test stack, and the certificate checks around it.
class ImapMailStackTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void logsIn_data();
    void logsIn();
    void wrongPasswordIsAnAuthenticationError();
    void refusesCertificateFromUnknownCa();
    void acceptsPinnedCertificate();
    void refusesWrongPin();

private:
    // Opens a session; returns the opener's error (None on success).
    Net::ServiceError open(const Config::ImapSettings &settings, const QString &password,
                           WireTranscript *transcript = nullptr);
    MailStack m_stack;
};

void ImapMailStackTest::initTestCase()
{
    QString why;
    if (!m_stack.load(&why))
        QSKIP(qPrintable(why));
}

Net::ServiceError ImapMailStackTest::open(const Config::ImapSettings &settings, const QString &password,
                                          WireTranscript *transcript)
{
    Session session(Session::Options::fromSettings(settings));
    if (transcript)
        transcript->record(&session);
    SessionOpener opener(&session, {settings.username, password, nullptr});
    QSignalSpy opened(&opener, &SessionOpener::opened);
    QSignalSpy failed(&opener, &SessionOpener::failed);
    opener.start();
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 10'000))
        return Net::ServiceError::make(Kind::Timeout, QStringLiteral("test: no outcome"));
    return failed.isEmpty() ? Net::ServiceError() : failed.constFirst().constFirst().value<Net::ServiceError>();
}

void ImapMailStackTest::logsIn_data()
{
    QTest::addColumn<Config::TlsMode>("tls");
    QTest::newRow("imaps") << Config::TlsMode::Implicit;
    QTest::newRow("starttls") << Config::TlsMode::StartTls;
}

void ImapMailStackTest::logsIn()
{
    QFETCH(Config::TlsMode, tls);
    WireTranscript transcript;
    const Net::ServiceError error = open(m_stack.primaryImap(tls), m_stack.password(), &transcript);
    QVERIFY2(!error.isError(), qPrintable(error.detail + u' ' + error.serverText));
    if (tls == Config::TlsMode::StartTls)
        QVERIFY(transcript.clientCommands().contains("STARTTLS"));
    QVERIFY(!transcript.toText().contains(m_stack.password().toUtf8()));
    QVERIFY(!transcript.toText().contains(QByteArray('\0' + m_stack.value("OWNER_ADDRESS").toUtf8()).toBase64()));
}

void ImapMailStackTest::wrongPasswordIsAnAuthenticationError()
{
    const Net::ServiceError error = open(m_stack.primaryImap(Config::TlsMode::Implicit), QStringLiteral("wrong"));
    QVERIFY(error.kind == Kind::Authentication);
    QCOMPARE(error.responseCode, QByteArray("AUTHENTICATIONFAILED"));
    QVERIFY(!error.isTransient());
}

void ImapMailStackTest::refusesCertificateFromUnknownCa()
{
    Config::ImapSettings settings = m_stack.primaryImap(Config::TlsMode::Implicit);
    settings.caCertificatesFile.clear();
    const Net::ServiceError error = open(settings, m_stack.password());
    QVERIFY2(error.kind == Kind::Tls, qPrintable(Net::toString(error.kind) + u' ' + error.detail));
    QVERIFY(!error.sslErrors.isEmpty());

    settings = m_stack.primaryImap(Config::TlsMode::StartTls);
    settings.caCertificatesFile.clear();
    QVERIFY(open(settings, m_stack.password()).kind == Kind::Tls);
}

void ImapMailStackTest::acceptsPinnedCertificate()
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_stack.serverCertificateFile());
    QVERIFY(!certificates.isEmpty());
    Config::ImapSettings settings = m_stack.primaryImap(Config::TlsMode::Implicit);
    settings.caCertificatesFile.clear();
    settings.pinnedCertificateSha256 =
        QString::fromLatin1(certificates.constFirst().digest(QCryptographicHash::Sha256).toHex(':'));
    const Net::ServiceError error = open(settings, m_stack.password());
    QVERIFY2(!error.isError(), qPrintable(error.detail));
}

void ImapMailStackTest::refusesWrongPin()
{
    Config::ImapSettings settings = m_stack.primaryImap(Config::TlsMode::Implicit);
    settings.pinnedCertificateSha256 = QString::fromLatin1(QByteArray(32, '\x42').toHex());
    // The CA would vouch for the certificate, but a pin means exactly that certificate.
    QVERIFY(open(settings, m_stack.password()).kind == Kind::Tls);
}

QTEST_GUILESS_MAIN(ImapMailStackTest)
#include "ImapMailStackTest.moc"
