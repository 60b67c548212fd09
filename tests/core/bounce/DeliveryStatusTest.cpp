#include "bounce/AutoReplyDetector.h"
#include "bounce/DeliveryStatusParser.h"
#include "bounce/FeedbackReportParser.h"
#include "bounce/Reason.h"
#include "bounce/StatusCode.h"

#include <QTest>

using namespace Vigie::Bounce;

class DeliveryStatusTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesRecipientGroups_data();
    void parsesRecipientGroups();
    void statusCodes_data();
    void statusCodes();
    void preferredStatus_data();
    void preferredStatus();
    void hardRule_data();
    void hardRule();
    void autoReplies_data();
    void autoReplies();
    void feedbackReport();
};

void DeliveryStatusTest::parsesRecipientGroups_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<DeliveryStatus>("expected");

    DeliveryStatus rfcExample; // RFC 3464 appendix style, two recipients
    rfcExample.reportingMta = QStringLiteral("mx.example.org");
    rfcExample.arrivalDate = QStringLiteral("Thu, 29 Apr 2026 23:34:45 +0200");
    rfcExample.recipients.append({QStringLiteral("a@example.net"), QStringLiteral("a@example.net"),
                                  QStringLiteral("failed"), QStringLiteral("5.1.1"), QStringLiteral("smtp"),
                                  QStringLiteral("550 5.1.1 <a@example.net>: Recipient address rejected: User unknown"),
                                  QStringLiteral("mx.example.net"), QStringLiteral("Thu, 29 Apr 2026 23:34:46 +0200")});
    rfcExample.recipients.append({QStringLiteral("b@example.net"), QString(), QStringLiteral("delayed"),
                                  QStringLiteral("4.2.2"), QStringLiteral("smtp"),
                                  QStringLiteral("452 4.2.2 Mailbox full"), QString(), QString()});
    QTest::newRow("two groups") << QByteArray(
        "Reporting-MTA: dns; mx.example.org\n"
        "Arrival-Date: Thu, 29 Apr 2026 23:34:45 +0200\n\n"
        "Original-Recipient: rfc822;a@example.net\n"
        "Final-Recipient: rfc822; <a@example.net>\nAction: failed\nStatus: 5.1.1\n"
        "Remote-MTA: dns; mx.example.net\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <a@example.net>: Recipient address\n"
        "    rejected: User unknown\n"
        "Last-Attempt-Date: Thu, 29 Apr 2026 23:34:46 +0200\n\n"
        "Final-Recipient: rfc822; b@example.net\nAction: delayed (retrying)\n"
        "Status: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\n")
                                << rfcExample;

    DeliveryStatus noBlankLines;
    noBlankLines.reportingMta = QStringLiteral("mx.example.org");
    noBlankLines.recipients.append(
        {QStringLiteral("a@example.net"), {}, QStringLiteral("failed"), QStringLiteral("5.0.0"), {}, {}, {}, {}});
    noBlankLines.recipients.append(
        {QStringLiteral("b@example.net"), {}, QStringLiteral("failed"), QStringLiteral("5.1.2"), {}, {}, {}, {}});
    QTest::newRow("no blank lines") << QByteArray(
        "Reporting-MTA: dns; mx.example.org\nFinal-Recipient: rfc822; a@example.net\n"
        "Action: failed\nStatus: 5.0.0\nFinal-Recipient: rfc822; b@example.net\n"
        "Action: failed\nStatus: 5.1.2\n")
                                    << noBlankLines;

    DeliveryStatus global; // RFC 6533: UTF-8 addresses
    global.recipients.append(
        {QStringLiteral("josé@exemple.fr"), {}, QStringLiteral("failed"), QStringLiteral("5.1.1"), {}, {}, {}, {}});
    QTest::newRow("global utf-8") << QByteArray(
        "Final-Recipient: utf-8; jos\xc3\xa9@exemple.fr\nAction: failed\nStatus: 5.1.1\n")
                                  << global;
    DeliveryStatus fieldsFirst; // Facebook's order: the recipient's fields before Final-Recipient
    fieldsFirst.recipients.append({QStringLiteral("a@example.net"),
                                   {},
                                   QStringLiteral("failed"),
                                   QStringLiteral("5.1.1"),
                                   QStringLiteral("smtp"),
                                   QStringLiteral("550 5.1.1 Recipient address does not exist"),
                                   {},
                                   {}});
    QTest::newRow("fields before recipient")
        << QByteArray("Diagnostic-Code: SMTP; 550 5.1.1 Recipient address does not exist\n"
                      "Status: 5.1.1\nFinal-Recipient: rfc822; a@example.net\nAction: failed\n")
        << fieldsFirst;
    QTest::newRow("empty") << QByteArray() << DeliveryStatus();
}

void DeliveryStatusTest::parsesRecipientGroups()
{
    QFETCH(QByteArray, body);
    QFETCH(DeliveryStatus, expected);
    QCOMPARE(DeliveryStatusParser::parse(body), expected);
}

void DeliveryStatusTest::statusCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("reason");
    QTest::newRow("5.1.1") << QStringLiteral("550 5.1.1 <a@b>: User unknown") << QStringLiteral("5.1.1")
                           << QStringLiteral("550") << QStringLiteral("userunknown");
    QTest::newRow("specific wins") << QStringLiteral("554 5.0.0 then 5.2.2 later") << QStringLiteral("5.2.2")
                                   << QStringLiteral("554") << QStringLiteral("mailboxfull");
    QTest::newRow("not an ip") << QStringLiteral("host 192.0.2.5 said 4.2.2") << QStringLiteral("4.2.2") << QString()
                               << QStringLiteral("mailboxfull");
    QTest::newRow("dash reply") << QStringLiteral("550-5.7.26 Unauthenticated") << QStringLiteral("5.7.26")
                                << QStringLiteral("550") << QStringLiteral("authfailure");
    QTest::newRow("qmail") << QStringLiteral("Sorry, no mailbox here by that name. (#5.1.1)") << QStringLiteral("5.1.1")
                           << QString() << QStringLiteral("userunknown");
    QTest::newRow("null mx") << QStringLiteral("556 5.1.10 null MX") << QStringLiteral("5.1.10")
                             << QStringLiteral("556") << QStringLiteral("notaccept");
    QTest::newRow("nothing") << QStringLiteral("no code here") << QString() << QString() << QStringLiteral("undefined");
    // RFC 3463: x.4.7 gives way to the code of the actual problem quoted after it.
    QTest::newRow("4.4.7 gives way") << QStringLiteral(
        "554 4.4.7 Message expired: unable to deliver.<421 4.4.2 Connection timed out>")
                                     << QStringLiteral("4.4.2") << QStringLiteral("554")
                                     << QStringLiteral("networkerror");
    QTest::newRow("zoho error code list") << QStringLiteral("Error, ERROR_CODE :421, Host not reachable.") << QString()
                                          << QStringLiteral("421") << QStringLiteral("undefined");
}

void DeliveryStatusTest::preferredStatus_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("preferred");
    QTest::newRow("class only") << QStringLiteral("5.0.0") << QStringLiteral("5.1.1") << QStringLiteral("5.1.1");
    QTest::newRow("expired gives way") << QStringLiteral("4.4.7") << QStringLiteral("4.4.2") << QStringLiteral("4.4.2");
    QTest::newRow("subject only") << QStringLiteral("5.7.0") << QStringLiteral("5.7.26") << QStringLiteral("5.7.26");
    QTest::newRow("blanket 5.1.1") << QStringLiteral("5.1.1") << QStringLiteral("5.7.1") << QStringLiteral("5.7.1");
    QTest::newRow("protocol, subject only")
        << QStringLiteral("5.5.0") << QStringLiteral("5.2.2") << QStringLiteral("5.2.2");
    QTest::newRow("invalid command mapping")
        << QStringLiteral("5.5.1") << QStringLiteral("5.2.2") << QStringLiteral("5.2.2");
    QTest::newRow("specific stays") << QStringLiteral("5.2.2") << QStringLiteral("5.1.1") << QStringLiteral("5.2.2");
    QTest::newRow("other class stays") << QStringLiteral("5.1.1") << QStringLiteral("4.2.2") << QStringLiteral("5.1.1");
    QTest::newRow("found subject only") << QStringLiteral("5.1.1") << QStringLiteral("5.7.0")
                                        << QStringLiteral("5.1.1");
}

void DeliveryStatusTest::preferredStatus()
{
    QFETCH(QString, declared);
    QFETCH(QString, found);
    QFETCH(QString, preferred);
    QCOMPARE(StatusCode::preferred(declared, found), preferred);
}

void DeliveryStatusTest::statusCodes()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QFETCH(QString, reply);
    QFETCH(QString, reason);
    QCOMPARE(StatusCode::find(text), status);
    QCOMPARE(StatusCode::findReplyCode(text), reply);
    QCOMPARE(Reasons::name(StatusCode::reasonFor(status)), reason);
}

void DeliveryStatusTest::hardRule_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<bool>("hard");
    QTest::newRow("userunknown") << QStringLiteral("userunknown") << QString() << true;
    QTest::newRow("hostunknown") << QStringLiteral("hostunknown") << QStringLiteral("550") << true;
    QTest::newRow("hasmoved") << QStringLiteral("hasmoved") << QStringLiteral("550") << true;
    QTest::newRow("notaccept 5xx") << QStringLiteral("notaccept") << QStringLiteral("556") << true;
    QTest::newRow("notaccept 4xx") << QStringLiteral("notaccept") << QStringLiteral("421") << false;
    QTest::newRow("mailboxfull") << QStringLiteral("mailboxfull") << QStringLiteral("552") << false;
    QTest::newRow("emailtoolarge alias") << QStringLiteral("emailtoolarge") << QStringLiteral("552") << false;
}

void DeliveryStatusTest::hardRule()
{
    QFETCH(QString, reason);
    QFETCH(QString, reply);
    QFETCH(bool, hard);
    QCOMPARE(Reasons::isHard(Reasons::fromName(reason), reply, QString()), hard);
}

void DeliveryStatusTest::autoReplies_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<bool>("autoReply");
    QTest::newRow("rfc 3834") << QByteArray("From: a@b\nAuto-Submitted: auto-replied\nSubject: hi\n") << true;
    QTest::newRow("auto-generated is not a reply")
        << QByteArray("From: a@b\nAuto-Submitted: auto-generated\nSubject: report\n") << false;
    QTest::newRow("x-autoreply") << QByteArray("From: a@b\nX-Autoreply: yes\nSubject: hi\n") << true;
    QTest::newRow("french subject") << QByteArray(
        "From: a@b\nAuto-Submitted: auto-generated\nSubject: =?utf-8?q?R=C3=A9ponse_automatique=3A_absent?=\n")
                                    << true;
    QTest::newRow("mailer-daemon never") << QByteArray(
        "From: MAILER-DAEMON@x\nAuto-Submitted: auto-replied\nSubject: failure\n")
                                         << false;
    QTest::newRow("ordinary") << QByteArray("From: a@b\nSubject: Automatic reply: not really\n") << false;
}

void DeliveryStatusTest::autoReplies()
{
    QFETCH(QByteArray, headers);
    QFETCH(bool, autoReply);
    QCOMPARE(AutoReplyDetector::isAutoReply(Vigie::Mime::HeaderBlock::parse(headers, 100)), autoReply);
}

void DeliveryStatusTest::feedbackReport()
{
    const FeedbackReport report = FeedbackReportParser::parse(
        "Feedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\nVersion: 1\nOriginal-Mail-From: "
        "<somespammer@example.net>\n"
        "Original-Rcpt-To: <user@example.com>\nOriginal-Rcpt-To: other@example.com\nSource-IP: 192.0.2.2\n"
        "Reported-Domain: example.net\n");
    FeedbackReport expected;
    expected.feedbackType = QStringLiteral("abuse");
    expected.userAgent = QStringLiteral("SomeGenerator/1.0");
    expected.sourceIp = QStringLiteral("192.0.2.2");
    expected.originalMailFrom = QStringLiteral("somespammer@example.net");
    expected.originalRcptTo = {QStringLiteral("user@example.com"), QStringLiteral("other@example.com")};
    expected.reportedDomain = QStringLiteral("example.net");
    QCOMPARE(report, expected);
}

QTEST_GUILESS_MAIN(DeliveryStatusTest)
#include "DeliveryStatusTest.moc"
