#include "smtp/DotStuffer.h"

#include <QTest>

using namespace Vigie::Smtp;

class SmtpDotStufferTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodes_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("wire");

        QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n");
        QTest::newRow("CRLF kept") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
        QTest::newRow("last line unterminated") << QByteArray("a\r\nb") << QByteArray("a\r\nb\r\n.\r\n");
        QTest::newRow("bare LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n");
        QTest::newRow("bare CR") << QByteArray("a\rb") << QByteArray("a\r\nb\r\n.\r\n");
        QTest::newRow("lone dot line") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
        QTest::newRow("leading dot on first line") << QByteArray(".hidden\r\n") << QByteArray("..hidden\r\n.\r\n");
        QTest::newRow("dot after bare LF") << QByteArray("a\n.\n") << QByteArray("a\r\n..\r\n.\r\n");
        QTest::newRow("dots inside a line untouched") << QByteArray("a.b ..c\r\n") << QByteArray("a.b ..c\r\n.\r\n");
        QTest::newRow("double dot line") << QByteArray("..\r\n") << QByteArray("...\r\n.\r\n");
        QTest::newRow("blank lines") << QByteArray("\r\n\r\n") << QByteArray("\r\n\r\n.\r\n");
    }

    void encodes()
    {
        QFETCH(QByteArray, message);
        QTEST(DotStuffer::encode(message), "wire");
    }
};

QTEST_GUILESS_MAIN(SmtpDotStufferTest)
#include "SmtpDotStufferTest.moc"
