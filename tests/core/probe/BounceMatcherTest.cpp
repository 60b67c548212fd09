#include "probe/BounceMatcher.h"
#include "bounce/BounceClassifier.h"
#include "probe/BounceWatch.h"

#include <QTest>

using namespace Vigie;
using Probe::BounceMatcher;
using Kind = BounceMatcher::Match::Kind;
using Severity = Detect::SignalEvent::Severity;

namespace {

const QString Token = QStringLiteral("Q0ZKmXyT4xkz1dWmVn8A9pP2rG7sL3hB");
const QString Owner = QStringLiteral("owner@primary.test");

// A Postfix DSN as the backup's relay sends it, RET=HDRS: the probe's headers only.
QByteArray dsn(const QByteArray &recipient, const QByteArray &status, const QByteArray &action, bool withProbeHeader,
               bool withEnvelopeId, const QByteArray &messageId)
{
    QByteArray text =
        "From: MAILER-DAEMON@backup.test (Mail Delivery System)\r\n"
        "To: owner@backup.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
        "--B\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; backup.test\r\n";
    if (withEnvelopeId)
        text += "Original-Envelope-Id: " + Token.toLatin1() + "\r\n";
    text += "\r\nFinal-Recipient: rfc822; " + recipient + "\r\nAction: " + action + "\r\nStatus: " + status
        + "\r\nDiagnostic-Code: smtp; " + (status.startsWith('5') ? "550 " : "450 ") + status + " <" + recipient
        + ">: Recipient address rejected\r\n\r\n"
          "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
          "From: owner@backup.test\r\nTo: "
        + recipient
        + "\r\nSubject: Vigie probe\r\n"
          "Message-ID: <"
        + messageId + ">\r\n";
    if (withProbeHeader)
        text += "X-Vigie-Probe: " + Token.toLatin1() + "\r\n";
    return text + "\r\n--B--\r\n";
}

} // namespace

class BounceMatcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("issued");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QByteArray>("status");
        const QByteArray probeId = "vigie-probe." + Token.toLatin1() + "@backup.test";
        QTest::newRow("probe by header") << dsn("owner@primary.test", "5.1.1", "failed", true, false, "x@y") << true
                                         << int(Kind::Probe) << int(Severity::Permanent) << QByteArray("5.1.1");
        QTest::newRow("probe by envelope id")
            << dsn("owner@primary.test", "5.1.1", "failed", false, true, "x@y") << true << int(Kind::Probe)
            << int(Severity::Permanent) << QByteArray("5.1.1");
        QTest::newRow("probe by message id")
            << dsn("owner@primary.test", "5.1.1", "failed", false, false, probeId) << true << int(Kind::Probe)
            << int(Severity::Permanent) << QByteArray("5.1.1");
        QTest::newRow("delayed probe") << dsn("owner@primary.test", "4.2.0", "delayed", true, true, probeId) << true
                                       << int(Kind::Probe) << int(Severity::Transient) << QByteArray("4.2.0");
        QTest::newRow("given up after delays")
            << dsn("owner@primary.test", "4.4.7", "failed", true, true, probeId) << true << int(Kind::Probe)
            << int(Severity::Permanent) << QByteArray("4.4.7");
        QTest::newRow("token not ours: the owner's address")
            << dsn("owner@primary.test", "5.1.1", "failed", true, true, probeId) << false << int(Kind::OwnerAddress)
            << int(Severity::Permanent) << QByteArray("5.1.1");
        QTest::newRow("someone else") << dsn("bob@clients.test", "5.1.1", "failed", false, false, "x@y") << true
                                      << int(Kind::None) << int(Severity::None) << QByteArray();
    }

    void matches()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, issued);
        QFETCH(int, kind);
        QFETCH(int, severity);
        QFETCH(QByteArray, status);
        const BounceMatcher matcher(Owner, [issued](const QString &token) { return issued && token == Token; });
        const Bounce::BounceReport report = Bounce::BounceClassifier().classify(raw);
        QVERIFY(report.isBounce());
        const BounceMatcher::Match match = matcher.match(report, raw);
        QCOMPARE(int(match.kind), kind);
        QCOMPARE(int(match.severity), severity);
        QCOMPARE(match.status, status);
        QCOMPARE(match.token, kind == int(Kind::Probe) ? Token : QString());
    }

    void ordinaryMailIsNoMatch()
    {
        const QByteArray raw = "From: alice@clients.test\r\nTo: owner@primary.test\r\nSubject: Hello\r\n\r\nHi.\r\n";
        const BounceMatcher matcher(Owner, [](const QString &) { return true; });
        QCOMPARE(matcher.match(Bounce::BounceClassifier().classify(raw), raw), BounceMatcher::Match());
    }

    void originalEnvelopeId()
    {
        QCOMPARE(BounceMatcher::originalEnvelopeId(dsn("a@b", "5.1.1", "failed", false, true, "x@y")), Token);
        QCOMPARE(BounceMatcher::originalEnvelopeId(dsn("a@b", "5.1.1", "failed", false, false, "x@y")), QString());
    }

    void looksLikeReport_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("report");
        QTest::newRow("mailer-daemon") << QByteArray("From: MAILER-DAEMON@backup.test\r\nSubject: x\r\n") << true;
        QTest::newRow("postmaster") << QByteArray("From: Mail System <postmaster@primary.test>\r\n") << true;
        QTest::newRow("multipart/report")
            << QByteArray("From: a@b.test\r\nContent-Type: multipart/report; report-type=delivery-status\r\n") << true;
        QTest::newRow("auto-submitted") << QByteArray("From: a@b.test\r\nAuto-Submitted: auto-replied\r\n") << true;
        QTest::newRow("auto-submitted no") << QByteArray("From: a@b.test\r\nAuto-Submitted: no\r\n") << false;
        QTest::newRow("subject") << QByteArray("From: a@b.test\r\nSubject: Undelivered Mail Returned to Sender\r\n")
                                 << true;
        QTest::newRow("ordinary") << QByteArray("From: alice@clients.test\r\nSubject: Lunch?\r\n") << false;
    }

    void looksLikeReport()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, report);
        QCOMPARE(Probe::BounceWatch::looksLikeReport(header), report);
    }
};

QTEST_GUILESS_MAIN(BounceMatcherTest)
#include "BounceMatcherTest.moc"
