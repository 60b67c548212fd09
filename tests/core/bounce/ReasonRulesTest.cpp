// The general rules of the reason classifier, each on a small synthetic case, so that a rule is
// tested apart from the corpus that suggested it.
#include "bounce/BounceClassifier.h"
#include "bounce/ReasonClassifier.h"
#include "bounce/StatusCode.h"

#include <QTest>

using namespace Vigie::Bounce;

class ReasonRulesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diagnostics_data();
    void diagnostics();
    void reports_data();
    void reports();
};

void ReasonRulesTest::diagnostics_data()
{
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("remoteMta");

    // Addresses are names: a local part that reads like a reason is not one.
    QTest::newRow("address is no phrase") << QStringLiteral("550 5.7.0 <spam-trap@example.org>: Access denied")
                                          << QStringLiteral("RCPT") << QStringLiteral("securityerror") << QString();
    // Amazon SES glosses the code before the remote server's quoted reply; the reply decides.
    QTest::newRow("ses gloss, remote says access denied") << QStringLiteral(
        "5.1.0 - Unknown address error 550-'5.7.1 <x@example.org>... Access denied' (delivery attempts: 0)")
                                                          << QString() << QStringLiteral("securityerror") << QString();
    QTest::newRow("ses gloss, remote says mailbox full") << QStringLiteral(
        "5.1.0 - Unknown address error 550-'5.2.2 <x@example.org>... Mailbox Full' (delivery attempts: 0)")
                                                         << QString() << QStringLiteral("mailboxfull") << QString();
    // "Unknown user" at no known stage, with a code about the mail system: a filter's verdict.
    QTest::newRow("ses gloss, unknown user at no stage")
        << QStringLiteral("5.3.0 - Other mail system problem 550-'Unknown user x@example.org' (delivery attempts: 0)")
        << QString() << QStringLiteral("filtered") << QString();
    QTest::newRow("unknown user in reply to rcpt")
        << QStringLiteral("550 Unknown user x@example.org") << QStringLiteral("RCPT") << QStringLiteral("userunknown")
        << QString();

    // A name server that fails says nothing about the domain, even under x.4.4.
    QTest::newRow("malformed name server reply") << QStringLiteral(
        "5.4.4 Name service error for name=example.org type=MX: Malformed or unexpected name server reply")
                                                 << QString() << QStringLiteral("networkerror") << QString();
    // A temporary network error in a final report: the retries ran out.
    QTest::newRow("final report, 421 host not reachable")
        << QStringLiteral("Error, ERROR_CODE :421, Host not reachable.") << QString() << QStringLiteral("expired")
        << QString();
    QTest::newRow("line limit after data") << QStringLiteral("500 Line limit exceeded") << QStringLiteral("DATA")
                                           << QStringLiteral("mesgtoobig") << QString();
    QTest::newRow("yahoo has no such account") << QStringLiteral(
        "554 delivery error: dd This user doesn't have a yahoo.com account (x@yahoo.com) [0] - mta1.mail.bf1.yahoo.com")
                                               << QString() << QStringLiteral("userunknown") << QString();

    // A spam verdict before DATA is about the sender or the client, not the content.
    QTest::newRow("spam verdict at rcpt")
        << QStringLiteral("554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.")
        << QStringLiteral("RCPT") << QStringLiteral("rejected") << QString();
    QTest::newRow("spam verdict after data") << QStringLiteral("550 5.7.1 Message rejected as spam")
                                             << QStringLiteral("DATA") << QStringLiteral("spamdetected") << QString();
    // A pipe to procmail names the program; "Service unavailable" is what happened.
    QTest::newRow("pipe program name is no error")
        << QStringLiteral("554 \"|exec /usr/local/bin/procmail -f- || exit 75 #a\"... Service unavailable") << QString()
        << QStringLiteral("systemerror") << QString();

    // Providers' documented codes and wording.
    QTest::newRow("orange 416 invalid recipient at data")
        << QStringLiteral("550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416")
        << QStringLiteral("DATA") << QStringLiteral("userunknown") << QString();
    QTest::newRow("orange 630 client host rejected")
        << QStringLiteral("554 5.7.1 <host.example.net[192.0.2.1]:4930>: Client host rejected: #216 lpn LPN000_630")
        << QString() << QStringLiteral("policyviolation") << QString();
    QTest::newRow("orange 417 recipient over quota")
        << QStringLiteral("552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]")
        << QStringLiteral("RCPT") << QStringLiteral("mailboxfull") << QString();
    QTest::newRow("spectrum aup connection limit")
        << QStringLiteral("550 5.1.0 <x@example.org> sender rejected. Please see https://www.spectrum.net/support for "
                          "more information. AUP#In-1310")
        << QString() << QStringLiteral("toomanyconn") << QString();
    QTest::newRow("mimecast geographic policy")
        << QStringLiteral("554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554 [abc.us222]")
        << QString() << QStringLiteral("policyviolation") << QStringLiteral("us-smtp-inbound-1.mimecast.com");
    QTest::newRow("messagelabs relays no such user")
        << QStringLiteral("550 x@example.org... No such user") << QString() << QStringLiteral("userunknown")
        << QStringLiteral("server-1.bemta-2.messagelabs.com");
    QTest::newRow("docomo unknown user after data")
        << QStringLiteral("550 Unknown user x@docomo.ne.jp") << QStringLiteral("DATA") << QStringLiteral("rejected")
        << QStringLiteral("mfsmax.docomo.ne.jp");
    QTest::newRow("docomo unknown user at rcpt")
        << QStringLiteral("550 Unknown user x@docomo.ne.jp") << QStringLiteral("RCPT") << QStringLiteral("userunknown")
        << QStringLiteral("mfsmax.docomo.ne.jp");
}

void ReasonRulesTest::diagnostics()
{
    QFETCH(QString, diagnostic);
    QFETCH(QString, command);
    QFETCH(QString, reason);
    QFETCH(QString, remoteMta);
    FailedRecipient recipient;
    recipient.remoteMta = remoteMta;
    recipient.action = QStringLiteral("failed");
    recipient.diagnostic = diagnostic;
    recipient.status = StatusCode::find(diagnostic);
    recipient.replyCode = StatusCode::findReplyCode(diagnostic);
    recipient.command = command;
    ReasonClassifier::classify(recipient, ReasonClassifier::Input{});
    QCOMPARE(Reasons::name(recipient.reason), reason);
}

void ReasonRulesTest::reports_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QStringList>("reasons");

    // Google Groups only bounces posts it refuses; "the group may not exist" is about the group.
    QTest::newRow("google groups, group may not exist") << QByteArray(
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: owner@example.com\n"
        "Subject: Delivery Status Notification (Failure)\n\n"
        "Bonjour owner@example.com,\n\nIl se peut que le groupe que vous avez essay\xc3\xa9 de contacter (team) "
        "n'existe pas ou que vous ne soyez pas autoris\xc3\xa9 \xc3\xa0 lui envoyer des messages.\n\n"
        "team@example.org\n\nL'\xc3\xa9quipe Google Groups\nhttps://groups.google.com/\n")
                                                        << QStringList{QStringLiteral("rejected")};
    // "talking to mail.example.org" names a host, not the MAIL command.
    QTest::newRow("host named mail is no command") << QByteArray(
        "From: MAILER-DAEMON@relay.example.com\nTo: owner@example.com\nSubject: Returned mail: Host unknown\n\n"
        "   ----- Transcript of session follows -----\n"
        "554 <a@example.org>... 550 Host unknown (Authoritative answer from name server)\n"
        "While talking to mail.example.net:\n") << QStringList{QStringLiteral("hostunknown")};
    // Sendmail's "Remote protocol error": the reply is in the transcript before the line.
    QTest::newRow("sendmail transcript explains protocol error")
        << QByteArray("From: MAILER-DAEMON@relay.example.com\nTo: owner@example.com\nSubject: Returned mail: Remote "
                      "protocol error\n\n"
                      "   ----- Transcript of session follows -----\nWhile talking to mx.example.edu:\n"
                      ">>> MAIL From:<owner@example.com>\n<<< 550 Insecure Mail Relay\n"
                      "554 <a@example.edu>... Remote protocol error\n"
                      "421 example.org (smtp)... Deferred: Connection timed out during user open with example.org\n")
        << QStringList{QStringLiteral("norelaying")};
    // The help desk a report asks you to contact is not a failed recipient, however often named.
    QTest::newRow("help desk is no recipient") << QByteArray(
        "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nTo: owner@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mx.example.org.\n\n"
        "For further assistance, please contact <help@isp.example>\nor write to <help@isp.example> in Japanese.\n\n"
        "<a@example.net>: host mx.example.net[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)\n")
                                               << QStringList{QStringLiteral("mailboxfull")};
    // An indented delimiter still ends the text part; the Status comment explains a recipient
    // that has no Diagnostic-Code.
    QTest::newRow("indented boundary, status comment")
        << QByteArray("From: MAILER-DAEMON@relay.example.com\nTo: owner@example.com\nSubject: Returned mail\n"
                      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\n"
                      "Content-Type: text/plain\n\n----- The following addresses had delivery problems -----\n --B\n"
                      "Content-Type: message/delivery-status\n\nReporting-MTA: dns; relay.example.com\n\n"
                      "Final-Recipient: rfc822;a@example.net\nAction: delayed\nStatus: 4.0.0 (example.net: host name "
                      "lookup failure)\n--B--\n")
        << QStringList{QStringLiteral("networkerror")};
    QTest::newRow("recipient on a line that asks to contact someone") << QByteArray(
        "From: MAILER-DAEMON@mx.example.org\nTo: owner@example.com\nSubject: Undeliverable\n\n"
        "Your message to <a@example.net> could not be delivered: mailbox full. Please contact your administrator.\n")
                                                                      << QStringList{QStringLiteral("mailboxfull")};
    // fml refuses to distribute a post whose Message-ID it has seen: a loop on the list host.
    QTest::newRow("fml duplicated message-id")
        << QByteArray("From: list-admin@example.org\nTo: list-admin@example.org\nSubject: Loop Alert: Duplicated "
                      "Message-ID (team ML)\n"
                      "X-MLServer: fml [fml 4.0.3 release]\n\nDuplicated Message-ID in <team@example.org>.\n\n\n"
                      "Original mail as follows:\n\n   From: someone@example.net\n   Message-ID: <1@example.net>\n")
        << QStringList{QStringLiteral("systemerror")};
    // The report's own explanation before the recipients: the account is disabled, even if
    // the remote server's reply was "user unknown". Only the preamble counts, not the
    // explanation given for another recipient.
    QTest::newRow("report says account disabled")
        << QByteArray("From: Mail Administrator <Postmaster@mobile.example.jp>\nTo: owner@example.com\n"
                      "Subject: Mail System Error - Returned Mail\n\nThe user(s) account is disabled.\n\n"
                      "<a@mobile.example.jp>: 550 user unknown (in reply to RCPT TO command)\n")
        << QStringList{QStringLiteral("suspend")};
    QTest::newRow("another recipient's suspension")
        << QByteArray("From: MAILER-DAEMON@mx.example.org\nTo: owner@example.com\nSubject: Delivery failure\n\n"
                      "Unable to deliver message to the following address(es).\n\n"
                      "<a@example.org>:\n550 user unknown (in reply to RCPT TO command)\n\n"
                      "<b@example.org>:\nThis account has been disabled or discontinued.\n")
        << QStringList{QStringLiteral("userunknown"), QStringLiteral("suspend")};
}

void ReasonRulesTest::reports()
{
    QFETCH(QByteArray, message);
    QFETCH(QStringList, reasons);
    const BounceReport report = BounceClassifier().classify(message);
    QStringList got;
    for (const FailedRecipient &recipient : report.recipients)
        got.append(Reasons::name(recipient.reason));
    QCOMPARE(got, reasons);
}

QTEST_GUILESS_MAIN(ReasonRulesTest)
#include "ReasonRulesTest.moc"
