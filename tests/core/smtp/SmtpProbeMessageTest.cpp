#include "platform/Translations.h"
#include "smtp/ProbeMessage.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Vigie::Smtp;

class SmtpProbeMessageTest : public QObject
{
    Q_OBJECT

private:
    static ProbeMessage sample()
    {
        return ProbeMessage::build(QStringLiteral("owner@backup.test"), QStringLiteral("owner@primary.test"),
                                   QDateTime(QDate(2026, 11, 26), QTime(14, 30, 5), Qt::UTC));
    }

    static QList<QByteArray> headerLines(const QByteArray &message)
    {
        return message.left(message.indexOf("\r\n\r\n")).split('\n');
    }

private Q_SLOTS:
    void tokensAreLongUrlSafeAndFresh()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString token = ProbeMessage::newToken();
            QCOMPARE(token.size(), 32); // 24 random bytes
            QVERIFY(ProbeMessage::isWellFormedToken(token));
            QVERIFY(!seen.contains(token));
            seen.insert(token);
        }
        QVERIFY(!ProbeMessage::isWellFormedToken(u"short"));
        QVERIFY(!ProbeMessage::isWellFormedToken(u"has+plus/and=equals-padding-xxxxxxx"));
    }

    void carriesTheTokenThreeWays()
    {
        const ProbeMessage probe = sample();
        const QByteArray token = probe.token().toLatin1();
        QVERIFY(probe.bytes().contains(QByteArray("\r\nX-Vigie-Probe: " + token + "\r\n")));
        QCOMPARE(probe.messageId(), QByteArray("vigie-probe." + token + "@backup.test"));
        QVERIFY(probe.bytes().contains(QByteArray("\r\nMessage-ID: <" + probe.messageId() + ">\r\n")));
        QCOMPARE(ProbeMessage::tokenFromMessageId(QString::fromLatin1(QByteArray("<" + probe.messageId() + ">"))),
                 probe.token());
        QCOMPARE(ProbeMessage::tokenFromMessageId(u"<abc@example.com>"), QString());

        const Envelope envelope = probe.envelope();
        QCOMPARE(envelope.sender, QStringLiteral("owner@backup.test"));
        QCOMPARE(envelope.recipients, QStringList{QStringLiteral("owner@primary.test")});
        QCOMPARE(envelope.envelopeId, token);
        QVERIFY(envelope.requestDeliveryStatus);
    }

    void isAWellFormedAutomatedMessage()
    {
        const ProbeMessage probe = sample();
        const QByteArray bytes = probe.bytes();
        const QList<QByteArray> headers = headerLines(bytes);
        QVERIFY(headers.contains("From: Vigie <owner@backup.test>\r"));
        QVERIFY(headers.contains("To: <owner@primary.test>\r"));
        QVERIFY(headers.contains("Auto-Submitted: auto-generated\r"));
        QVERIFY(headers.contains("MIME-Version: 1.0\r"));
        QVERIFY(headers.contains("Date: Thu, 26 Nov 2026 14:30:05 +0000\r"));
        QVERIFY(std::any_of(headers.cbegin(), headers.cend(),
                            [](const QByteArray &h) { return h.startsWith("Subject: "); }));

        // 7-bit, CRLF only, short lines: nothing a strict server could object to.
        for (const char c : bytes)
            QVERIFY(static_cast<unsigned char>(c) < 128);
        QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
        QCOMPARE(bytes.count("\r"), bytes.count("\r\n"));
        for (const QByteArray &line : bytes.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData());
        QVERIFY(bytes.endsWith("\r\n"));
    }

    void bodySaysWhatItIs()
    {
        const QByteArray body = sample().bytes().mid(sample().bytes().indexOf("\r\n\r\n") + 4);
        const QString text = QString::fromLatin1(body).simplified();
        QVERIFY(text.contains(QStringLiteral("automated deliverability check")));
        QVERIFY(text.contains(QStringLiteral("Vigie")));
        QVERIFY(text.contains(QStringLiteral("owner@backup.test")));
    }

    void dateIsWrittenInUtc()
    {
        const QDateTime paris = QDateTime(QDate(2026, 7, 1), QTime(0, 15), Qt::OffsetFromUTC, 2 * 3600);
        const ProbeMessage probe = ProbeMessage::build(QStringLiteral("a@b.test"), QStringLiteral("c@d.test"), paris);
        QVERIFY(headerLines(probe.bytes()).contains("Date: Tue, 30 Jun 2026 22:15:00 +0000\r"));
    }

    void sameTokenSameMessage()
    {
        const QDateTime date = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const ProbeMessage a = ProbeMessage::build(QStringLiteral("a@b.test"), QStringLiteral("c@d.test"), date,
                                                   QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        const ProbeMessage b = ProbeMessage::build(QStringLiteral("a@b.test"), QStringLiteral("c@d.test"), date,
                                                   QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QCOMPARE(a, b);
        QCOMPARE(a.date(), date);
    }

    // Last: it leaves the French catalogue installed.
    void translatedProbeStaysSevenBit()
    {
        if (Vigie::Platform::installTranslations(QStringLiteral("fr")).isEmpty())
            QSKIP("the French catalogue is not built in");
        const ProbeMessage probe = sample();
        const QByteArray bytes = probe.bytes();
        for (const char c : bytes)
            QVERIFY(static_cast<unsigned char>(c) < 128);
        for (const QByteArray &line : bytes.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData());

        // Subject: RFC 2047 encoded-words, folded; their text is the French subject.
        const qsizetype start = bytes.indexOf("\r\nSubject: ") + 11;
        const qsizetype end = bytes.indexOf("\r\nDate: ");
        QByteArray subject;
        for (const QByteArray &word : bytes.mid(start, end - start).split(' ')) {
            const QByteArray trimmed = word.trimmed();
            if (trimmed.isEmpty())
                continue;
            QVERIFY2(trimmed.startsWith("=?UTF-8?B?") && trimmed.endsWith("?=") && trimmed.size() <= 75,
                     trimmed.constData());
            subject += QByteArray::fromBase64(trimmed.mid(10, trimmed.size() - 12));
        }
        QCOMPARE(QString::fromUtf8(subject), ProbeMessage::tr("Vigie deliverability check"));
        QVERIFY(QString::fromUtf8(subject).contains(u'é'));

        QVERIFY(bytes.contains("Content-Transfer-Encoding: base64\r\n"));
        const QByteArray body = QByteArray::fromBase64(bytes.mid(bytes.indexOf("\r\n\r\n") + 4));
        QVERIFY(QString::fromUtf8(body).contains(QStringLiteral("vérification automatique")));
        QVERIFY(body.contains(QByteArray("X-Vigie-Probe: " + probe.token().toLatin1())));
    }
};

QTEST_GUILESS_MAIN(SmtpProbeMessageTest)
#include "SmtpProbeMessageTest.moc"
