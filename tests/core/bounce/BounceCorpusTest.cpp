// Runs the classifier over the labelled corpus in ../shared/testdata/bounces and holds it to the
// floors of issue 4. Sisimai's labels are the reference; see the corpus README.
#include "BounceCorpus.h"
#include "bounce/BounceClassifier.h"

#include <QDir>
#include <QFile>
#include <QTest>

using Vigie::Testing::BounceCorpus;

class BounceCorpusTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void agreementFloors();
    void lineEndingsDoNotMatter();

private:
    QMap<QString, QList<BounceCorpus::Label>> m_labels;
    BounceCorpus::Agreement m_agreement;
};

void BounceCorpusTest::initTestCase()
{
    const QString directory = BounceCorpus::defaultDirectory();
    m_labels = BounceCorpus::load(directory);
    if (m_labels.isEmpty())
        QSKIP(qPrintable(QStringLiteral("bounce corpus not found: expected labels.tsv and *.eml in %1")
                             .arg(QDir::cleanPath(directory))));
    const Vigie::Bounce::BounceClassifier classifier;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QFile file(directory + u'/' + it.key());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        BounceCorpus::compare(it.value(), classifier.classify(file.readAll()), m_agreement);
    }
}

void BounceCorpusTest::agreementFloors()
{
    qInfo("is-bounce %.1f %%, not-bounce %.1f %%, reason %.1f %%, status %.1f %%, hard %.1f %%",
          m_agreement.isBounce.percent(), m_agreement.notBounce.percent(), m_agreement.reason.percent(),
          m_agreement.status.percent(), m_agreement.hard.percent());
    for (const QString &line : std::as_const(m_agreement.mismatches))
        qDebug("%s", qPrintable(line));
    QCOMPARE(m_agreement.notBounce.agreed, m_agreement.notBounce.total);
    QVERIFY2(m_agreement.isBounce.percent() >= 99.0, "is-bounce agreement below the 99 % floor");
    QVERIFY2(m_agreement.reason.percent() >= 95.0, "reason agreement below the 95 % floor");
}

// set-of-emails also ships CRLF and CR copies of its samples; the same bytes with other line
// endings must read the same.
void BounceCorpusTest::lineEndingsDoNotMatter()
{
    const QString directory = BounceCorpus::defaultDirectory();
    const Vigie::Bounce::BounceClassifier classifier;
    int compared = 0;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QFile file(directory + u'/' + it.key());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray lf = file.readAll();
        lf.replace("\r\n", "\n");
        const auto expected = classifier.classify(lf);
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        QByteArray cr = lf;
        cr.replace('\n', '\r');
        QVERIFY2(classifier.classify(crlf) == expected, qPrintable(it.key() + QStringLiteral(" (CRLF)")));
        QVERIFY2(classifier.classify(cr) == expected, qPrintable(it.key() + QStringLiteral(" (CR)")));
        ++compared;
    }
    QVERIFY(compared > 0);
}

QTEST_GUILESS_MAIN(BounceCorpusTest)
#include "BounceCorpusTest.moc"
