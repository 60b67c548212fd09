#include "mime/BulkSender.h"
#include "mime/HeaderBlock.h"

#include <QTest>

using namespace Vigie::Mime;

class BulkSenderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tellsBulkFromPeople_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("bulk");
        const QByteArray person = "From: Anne <anne@clients.test>\r\nSubject: devis\r\n";
        QTest::newRow("a person") << person << false;
        QTest::newRow("List-Id") << person + "List-Id: Offers <offers.shop.test>\r\n" << true;
        QTest::newRow("List-Unsubscribe") << person + "list-unsubscribe:\r\n <https://shop.test/u?x=1>\r\n" << true;
        QTest::newRow("Precedence: bulk") << person + "Precedence: bulk\r\n" << true;
        QTest::newRow("Precedence: List") << person + "Precedence:  List \r\n" << true;
        QTest::newRow("Precedence: junk") << person + "PRECEDENCE: junk\r\n" << true;
        QTest::newRow("Precedence: first-class") << person + "Precedence: first-class\r\n" << false;
        QTest::newRow("List-Help only") << person + "List-Help: <mailto:help@lists.test>\r\n" << false;
        QTest::newRow("auto-reply") << person + "Auto-Submitted: auto-replied\r\n" << false;
        QTest::newRow("in the body") << person + "\r\nList-Id: <not.a.header>\r\n" << false;
    }

    void tellsBulkFromPeople()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, bulk);
        const HeaderBlock block = HeaderBlock::parse(header, 100);
        QCOMPARE(BulkSender::isBulk(block), bulk);

        // What a fetch of only headerFields() brings is enough to decide.
        QList<QByteArray> names;
        for (const QByteArray &name : BulkSender::headerFields())
            names.append(name.toLower());
        QByteArray fetched;
        for (const HeaderBlock::Field &field : block.fields()) {
            if (names.contains(field.name))
                fetched += field.name + ": " + field.value + "\r\n";
        }
        QCOMPARE(BulkSender::isBulk(HeaderBlock::parse(fetched, 100)), bulk);
    }
};

QTEST_GUILESS_MAIN(BulkSenderTest)
#include "BulkSenderTest.moc"
