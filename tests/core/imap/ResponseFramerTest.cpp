#include "imap/ResponseFramer.h"

#include <QTest>

using namespace Vigie::Imap;

class ResponseFramerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assemblesAtEveryByteBoundary_data();
    void assemblesAtEveryByteBoundary();
    void refusesOversizeLiteralBeforeReadingIt();
    void refusesEndlessLine();
    void refusesAbsurdLiteral();
    void keepsPartialResponsePending();
};

void ResponseFramerTest::assemblesAtEveryByteBoundary_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<QByteArray>>("responses");
    QTest::newRow("two lines") << QByteArray("* OK hi\r\nA1 OK done\r\n")
                               << QList<QByteArray>{"* OK hi\r\n", "A1 OK done\r\n"};
    QTest::newRow("literal with CRLF inside")
        << QByteArray("* 1 FETCH (BODY[] {12}\r\nab\r\n\r\n{3}\r\ncd)\r\nA2 OK\r\n")
        << QList<QByteArray>{"* 1 FETCH (BODY[] {12}\r\nab\r\n\r\n{3}\r\ncd)\r\n", "A2 OK\r\n"};
    QTest::newRow("literal plus and two literals") << QByteArray("* LIST () {1+}\r\n/ {4}\r\nSent\r\n")
                                                   << QList<QByteArray>{"* LIST () {1+}\r\n/ {4}\r\nSent\r\n"};
    QTest::newRow("empty literal") << QByteArray("* 1 FETCH (BODY[] {0}\r\n)\r\n")
                                   << QList<QByteArray>{"* 1 FETCH (BODY[] {0}\r\n)\r\n"};
    QTest::newRow("8-bit literal") << QByteArray("* 1 FETCH (BODY[] {4}\r\n\xff\x00\r\n)\r\n", 30)
                                   << QList<QByteArray>{QByteArray("* 1 FETCH (BODY[] {4}\r\n\xff\x00\r\n)\r\n", 30)};
}

void ResponseFramerTest::assemblesAtEveryByteBoundary()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<QByteArray>, responses);
    // Every split into two reads, and one byte per read.
    for (qsizetype split = 0; split <= stream.size(); ++split) {
        ResponseFramer framer;
        QVERIFY(framer.feed(QByteArrayView(stream).first(split)));
        QVERIFY(framer.feed(QByteArrayView(stream).sliced(split)));
        QList<QByteArray> got;
        while (framer.hasResponse())
            got.append(framer.takeResponse());
        QCOMPARE(got, responses);
        QCOMPARE(framer.pendingBytes(), 0);
    }
    ResponseFramer framer;
    QList<QByteArray> got;
    for (const char c : stream) {
        QVERIFY(framer.feed(QByteArrayView(&c, 1)));
        while (framer.hasResponse())
            got.append(framer.takeResponse());
    }
    QCOMPARE(got, responses);
}

void ResponseFramerTest::refusesOversizeLiteralBeforeReadingIt()
{
    ResponseFramer framer(FramerLimits{1024, 100, 4096});
    QVERIFY(!framer.feed("* 1 FETCH (BODY[] {101}\r\n"));
    QVERIFY(framer.error().kind == Vigie::Net::ServiceError::Kind::Protocol);
    QVERIFY(!framer.feed("A1 OK\r\n")); // stays failed
    QVERIFY(!framer.hasResponse());
}

void ResponseFramerTest::refusesEndlessLine()
{
    ResponseFramer framer(FramerLimits{64, 100, 4096});
    QVERIFY(framer.feed(QByteArray(60, 'x')));
    QVERIFY(!framer.feed(QByteArray(10, 'x')));
    QVERIFY(framer.error().kind == Vigie::Net::ServiceError::Kind::Protocol);
}

void ResponseFramerTest::refusesAbsurdLiteral()
{
    ResponseFramer framer;
    QVERIFY(!framer.feed("* 1 FETCH (BODY[] {99999999999999999999}\r\n"));
    QVERIFY(framer.error().isError());
}

void ResponseFramerTest::keepsPartialResponsePending()
{
    ResponseFramer framer;
    QVERIFY(framer.feed("* 1 FETCH (BODY[] {10}\r\nabc"));
    QVERIFY(!framer.hasResponse());
    QCOMPARE(framer.pendingBytes(), 27);
    QVERIFY(framer.feed("defghij)\r\n"));
    QVERIFY(framer.hasResponse());
}

QTEST_GUILESS_MAIN(ResponseFramerTest)
#include "ResponseFramerTest.moc"
