#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// Every message shipped in English and French: no untranslated or vanished entry, and the same
// placeholders in the translation as in the source.
class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("fr") << QStringLiteral(VIGIE_SOURCE_DIR "/translations/vigie_fr.ts");
        QTest::newRow("en") << QStringLiteral(VIGIE_SOURCE_DIR "/translations/vigie_en.ts");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QString source;
        QStringList problems;
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d+"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"unfinished" || type == u"vanished" || type == u"obsolete" || translation.isEmpty()) {
                    problems.append(QStringLiteral("untranslated: ") + source);
                    continue;
                }
                QStringList wanted, found;
                for (auto it = placeholder.globalMatch(source); it.hasNext();)
                    wanted.append(it.next().captured());
                for (auto it = placeholder.globalMatch(translation); it.hasNext();)
                    found.append(it.next().captured());
                wanted.sort();
                found.sort();
                wanted.removeDuplicates();
                found.removeDuplicates();
                if (wanted != found)
                    problems.append(QStringLiteral("placeholders differ: ") + source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
