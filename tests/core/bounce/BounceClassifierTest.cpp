#include "bounce/BounceClassifier.h"

#include <QTest>

using namespace Vigie::Bounce;

namespace {

struct Expected
{
    BounceReport::Kind kind;
    QString recipient;
    QString status;
    QString replyCode;
    QString reason;
    bool hard;
};

} // namespace

Q_DECLARE_METATYPE(Expected)

class BounceClassifierTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data();
    void classifies();
    void extractsOriginalMessage();
    void feedbackReportRecipients();
    void hostileInputDoesNotCrash_data();
    void hostileInputDoesNotCrash();
};

void BounceClassifierTest::classifies_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<Expected>("expected");
    using Kind = BounceReport::Kind;

    QTest::newRow("postfix dsn, wrong 5.1.1") << QByteArray(
        "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nTo: owner@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status;\n"
        " boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n"
        "<boss@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <boss@example.net>: Recipient\n"
        "    address rejected: User unknown (in reply to RCPT TO command)\n--B\n"
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        "Final-Recipient: rfc822; boss@example.net\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.net\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <boss@example.net>: Recipient address rejected: User unknown\n--B--\n")
                                              << Expected{Kind::Failure,
                                                          QStringLiteral("boss@example.net"),
                                                          QStringLiteral("5.1.1"),
                                                          QStringLiteral("550"),
                                                          QStringLiteral("userunknown"),
                                                          true};

    QTest::newRow("dsn mailbox full crlf") << QByteArray(
        "From: MAILER-DAEMON@mx.example.org\r\nSubject: Delivery Status Notification (Failure)\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n--B\r\n"
        "Content-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; full@example.net\r\nAction: failed\r\n"
        "Status: 5.2.2\r\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded\r\n--B--\r\n")
                                           << Expected{Kind::Failure,
                                                       QStringLiteral("full@example.net"),
                                                       QStringLiteral("5.2.2"),
                                                       QStringLiteral("552"),
                                                       QStringLiteral("mailboxfull"),
                                                       false};

    QTest::newRow("delayed dsn") << QByteArray(
        "From: MAILER-DAEMON@mx.example.org\nSubject: Delayed Mail (still being retried)\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\n"
        "Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; slow@example.net\nAction: delayed\n"
        "Status: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.9]:25: Connection timed "
        "out\n--B--\n") << Expected{Kind::Failure, QStringLiteral("slow@example.net"), QStringLiteral("4.4.1"),
                                    QString(),     QStringLiteral("expired"),          false};

    QTest::newRow("exim host unknown") << QByteArray(
        "From: Mail Delivery System <Mailer-Daemon@mail.example.org>\nTo: owner@example.com\n"
        "Subject: Mail delivery failed: returning message to sender\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
        "The following address(es) failed:\n\n  someone@no-such-domain.example\n    Unrouteable address\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\nFrom: owner@example.com\n"
        "Message-ID: <probe-1@example.com>\n\nhi\n")
                                       << Expected{Kind::Failure,
                                                   QStringLiteral("someone@no-such-domain.example"),
                                                   QStringLiteral("5.0.912"),
                                                   QString(),
                                                   QStringLiteral("hostunknown"),
                                                   true};

    QTest::newRow("qmail no mailbox") << QByteArray(
        "From: MAILER-DAEMON@mx.example.org\nSubject: failure notice\n\n"
        "Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message "
        "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<nobody@example.org>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\nSubject: x\n")
                                      << Expected{Kind::Failure,
                                                  QStringLiteral("nobody@example.org"),
                                                  QStringLiteral("5.1.1"),
                                                  QString(),
                                                  QStringLiteral("userunknown"),
                                                  true};

    QTest::newRow("french adresse inconnue")
        << QByteArray("From: Service de messagerie <postmaster@exemple.fr>\nTo: patron@example.com\n"
                      "Subject: =?utf-8?q?Non_remis_=3A_Devis?=\nContent-Type: text/plain; charset=utf-8\n"
                      "Content-Transfer-Encoding: quoted-printable\n\nVotre message n'a pas pu =C3=AAtre remis =C3=A0 "
                      "client@exemple.fr.\n\nMotif : Adresse inconnue.\n\n-- Message d'origine --\nSubject: Devis\n")
        << Expected{Kind::Failure, QStringLiteral("client@exemple.fr"), QStringLiteral("5.0.911"),
                    QString(),     QStringLiteral("userunknown"),       true};

    QTest::newRow("french boite pleine") << QByteArray(
        "From: MAILER-DAEMON@exemple.fr\nSubject: Echec de la remise\nContent-Type: text/plain; charset=iso-8859-1\n"
        "Content-Transfer-Encoding: 8bit\n\nLe message que vous avez envoy\xe9 n'a pas pu \xeatre remis "
        "\xe0 <compta@exemple.fr> :\n552 5.2.2 Bo\xee"
        "te pleine, veuillez r\xe9"
        "essayer plus tard.\n") << Expected{Kind::Failure,
                                            QStringLiteral("compta@exemple.fr"),
                                            QStringLiteral("5.2.2"),
                                            QStringLiteral("552"),
                                            QStringLiteral("mailboxfull"),
                                            false};

    QTest::newRow("french domaine inconnu") << QByteArray("From: MAILER-DAEMON@exemple.fr\nSubject: Non remis\n\nVotre "
                                                          "message n'a pas pu \xc3\xaatre d\xc3\xa9livr\xc3\xa9 "
                                                          "\xc3\xa0 jean@inexistant.example :\nDomaine inconnu.\n")
                                            << Expected{Kind::Failure,
                                                        QStringLiteral("jean@inexistant.example"),
                                                        QStringLiteral("5.0.912"),
                                                        QString(),
                                                        QStringLiteral("hostunknown"),
                                                        true};

    QTest::newRow("forwarded dsn") << QByteArray(
        "From: MAILER-DAEMON@relay.example.org\nSubject: Undelivered Mail Returned to Sender\n"
        "Content-Type: text/plain\n\nThe message below could not be delivered. Ask <help@example.org>.\n\n"
        "---------------------------------\nFrom MAILER-DAEMON  Thu Apr 29 23:34:45 2026\n"
        "From: MAILER-DAEMON@mx.example.org\nContent-Type: multipart/report; report-type=delivery-status;\n"
        "\tboundary=\"B\"\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        "Final-Recipient: rfc822; far@example.net\nAction: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n--B--\n")
                                   << Expected{Kind::Failure,
                                               QStringLiteral("far@example.net"),
                                               QStringLiteral("5.2.2"),
                                               QStringLiteral("552"),
                                               QStringLiteral("mailboxfull"),
                                               false};

    QTest::newRow("french ip blocked for spam") << QByteArray(
        "From: MAILER-DAEMON@relais.exemple.fr\nSubject: Undelivered Mail Returned to Sender\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\n"
        "Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; client@exemple.fr\nAction: failed\n"
        "Status: 5.0.0\nDiagnostic-Code: smtp; 550 mwinf ME Adresse IP source bloquee pour incident de spam.\n--B--\n")
                                                << Expected{Kind::Failure,
                                                            QStringLiteral("client@exemple.fr"),
                                                            QStringLiteral("5.0.0"),
                                                            QStringLiteral("550"),
                                                            QStringLiteral("blocked"),
                                                            false};

    // RFC 3463: x.4.7 gives way to the actual problem, which Exchange names in its text.
    QTest::newRow("exchange expired, actual problem in text") << QByteArray(
        "From: postmaster@mx.example.org\nTo: owner@example.com\nSubject: Undeliverable: hello\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
        "Delivery has failed to these recipients or groups:\n\nfar@example.net\n"
        "Remote Server at mx.example.net returned '441 4.4.1 Error encountered while communicating with primary "
        "target'\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        "Final-Recipient: rfc822; far@example.net\nAction: failed\nStatus: 4.4.7\n"
        "Diagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired\n--B--\n")
                                                              << Expected{Kind::Failure,
                                                                          QStringLiteral("far@example.net"),
                                                                          QStringLiteral("4.4.1"),
                                                                          QStringLiteral("550"),
                                                                          QStringLiteral("expired"),
                                                                          false};

    // A multipart/report whose delimiters were lost: its delivery-status fields are in the text.
    QTest::newRow("report without delimiters") << QByteArray(
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>\nTo: owner@example.com\n"
        "Subject: Returned mail: Service unavailable\nContent-Type: multipart/report; report-type=delivery-status;\n"
        "    boundary=\"lost/mx.example.org\"\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n\"|/usr/bin/filter #a\"\n\n"
        "   ----- Transcript of session follows -----\n554 \"|/usr/bin/filter #a\"... Service unavailable\n\n"
        "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: RFC822; a@mx.example.org\nAction: failed\n"
        "Status: 5.5.0\n\nFrom: owner@example.com\nSubject: hi\n\nhi\n")
                                               << Expected{Kind::Failure,
                                                           QStringLiteral("a@mx.example.org"),
                                                           QStringLiteral("5.5.0"),
                                                           QString(),
                                                           QStringLiteral("systemerror"),
                                                           false};

    QTest::newRow("vacation") << QByteArray(
        "From: Jean <jean@example.net>\nTo: owner@example.com\n"
        "Auto-Submitted: auto-replied\nSubject: Absent jusqu'au 3 mai\n\nJe suis absent.\n")
                              << Expected{Kind::AutoReply, QStringLiteral("jean@example.net"), QString(),
                                          QString(),       QStringLiteral("vacation"),         false};

    QTest::newRow("ordinary mail") << QByteArray("From: Jean <jean@example.net>\nTo: owner@example.com\n"
                                                 "Subject: Re: your delivery failed?\n\nThe parcel was not delivered, "
                                                 "call 550 1234 or mail sales@example.org.\n")
                                   << Expected{Kind::NotReport, {}, {}, {}, {}, false};

    QTest::newRow("human mail about a mailbox") << QByteArray("From: a@example.net\nSubject: hello\n\n"
                                                              "My mailbox is full, write to b@example.net\n")
                                                << Expected{Kind::NotReport, {}, {}, {}, {}, false};
}

void BounceClassifierTest::classifies()
{
    QFETCH(QByteArray, message);
    QFETCH(Expected, expected);
    const BounceReport report = BounceClassifier().classify(message);
    QCOMPARE(report.kind, expected.kind);
    if (expected.kind == BounceReport::Kind::NotReport)
        return;
    QVERIFY(!report.recipients.isEmpty());
    const FailedRecipient &got = report.recipients.constFirst();
    QCOMPARE(got.recipient, expected.recipient);
    QCOMPARE(Reasons::name(got.reason), expected.reason);
    QCOMPARE(got.status, expected.status);
    QCOMPARE(got.replyCode, expected.replyCode);
    QCOMPARE(got.hard, expected.hard);
}

void BounceClassifierTest::extractsOriginalMessage()
{
    const QByteArray message =
        "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\n"
        "Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; boss@example.net\nAction: failed\n"
        "Status: 5.1.1\n\n--B\nContent-Type: text/rfc822-headers\n\nFrom: Owner <owner@example.com>\n"
        "To: boss@example.net\nSubject: =?utf-8?q?Sonde_Vigie?=\nMessage-ID: <p-42@example.com>\n"
        "X-Vigie-Probe: 7f3a-42\n--B--\n";
    const BounceReport report = BounceClassifier().classify(message);
    OriginalMessage expected;
    expected.messageId = QStringLiteral("p-42@example.com");
    expected.subject = QStringLiteral("Sonde Vigie");
    expected.from = QStringLiteral("Owner <owner@example.com>");
    expected.to = QStringLiteral("boss@example.net");
    expected.probeToken = QStringLiteral("7f3a-42");
    QCOMPARE(report.original, expected);
}

void BounceClassifierTest::feedbackReportRecipients()
{
    const QByteArray message =
        "From: fbl@isp.example\nSubject: complaint\nContent-Type: multipart/report; report-type=feedback-report; "
        "boundary=F\n\n"
        "--F\nContent-Type: text/plain\n\nAbuse report\n--F\nContent-Type: message/feedback-report\n\n"
        "Feedback-Type: abuse\nOriginal-Rcpt-To: a@isp.example\nOriginal-Rcpt-To: b@isp.example\n--F--\n";
    const BounceReport report = BounceClassifier().classify(message);
    QCOMPARE(report.kind, BounceReport::Kind::Feedback);
    QCOMPARE(report.feedbackType, QStringLiteral("abuse"));
    QCOMPARE(report.recipients.size(), 2);
    QCOMPARE(report.recipients.at(1).recipient, QStringLiteral("b@isp.example"));
    QCOMPARE(report.recipients.at(1).reason, Reason::Feedback);
    QVERIFY(!report.isBounce());
}

void BounceClassifierTest::hostileInputDoesNotCrash_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray(4096, '\0');
    QByteArray addresses = "From: MAILER-DAEMON@x\nSubject: Undeliverable\n\n";
    for (int i = 0; i < 20000; ++i)
        addresses += "u" + QByteArray::number(i) + "@example.org 550 ";
    QTest::newRow("many addresses") << addresses;
    QByteArray dsn = "Content-Type: multipart/report; boundary=B\n\n--B\nContent-Type: message/delivery-status\n\n";
    for (int i = 0; i < 5000; ++i)
        dsn += "Final-Recipient: rfc822; u" + QByteArray::number(i) + "@x\n";
    QTest::newRow("many recipients") << dsn;
}

void BounceClassifierTest::hostileInputDoesNotCrash()
{
    QFETCH(QByteArray, message);
    QElapsedTimer timer;
    timer.start();
    const BounceReport report = BounceClassifier().classify(message);
    QVERIFY(report.recipients.size() <= 500);
    QVERIFY(timer.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(BounceClassifierTest)
#include "BounceClassifierTest.moc"
