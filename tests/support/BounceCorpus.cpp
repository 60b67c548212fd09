#include "BounceCorpus.h"

#include <QFile>
#include <QTextStream>

namespace Vigie::Testing {

namespace {

QString canonicalReason(const QString &reason)
{
    return reason == u"emailtoolarge" ? QStringLiteral("mesgtoobig") : reason;
}

void count(BounceCorpus::Tally &tally, bool agreed)
{
    ++tally.total;
    if (agreed)
        ++tally.agreed;
}

} // namespace

QString BounceCorpus::defaultDirectory()
{
    return QStringLiteral(VIGIE_SOURCE_DIR "/../shared/testdata/bounces");
}

QMap<QString, QList<BounceCorpus::Label>> BounceCorpus::load(const QString &directory)
{
    QMap<QString, QList<Label>> labels;
    QFile file(directory + QStringLiteral("/labels.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return labels;
    QTextStream in(&file);
    in.readLine(); // header
    while (!in.atEnd()) {
        const QStringList columns = in.readLine().split(u'\t');
        if (columns.size() < 6)
            continue;
        Label label{columns.at(0), columns.at(1), columns.at(2), columns.at(3), columns.at(4), columns.at(5).toInt()};
        labels[label.file].append(label);
    }
    return labels;
}

void BounceCorpus::compare(const QList<Label> &labels, const Bounce::BounceReport &report, Agreement &agreement)
{
    if (labels.isEmpty())
        return;
    const bool expectedReport = labels.constFirst().reason != u"not-bounce";
    const bool gotReport = report.kind != Bounce::BounceReport::Kind::NotReport && !report.recipients.isEmpty();
    const QString family =
        labels.constFirst().family.isEmpty() ? QStringLiteral("(not a bounce)") : labels.constFirst().family;
    QList<Tally> &familyTallies = agreement.perFamily[family];
    familyTallies.resize(4);
    count(agreement.isBounce, expectedReport == gotReport);
    count(familyTallies[0], expectedReport == gotReport);
    if (!expectedReport) {
        count(agreement.notBounce, !gotReport);
        if (gotReport)
            agreement.mismatches.append(labels.constFirst().file + QStringLiteral(": reported as a bounce"));
        return;
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const Label &label = labels.at(i);
        if (!gotReport) {
            for (int field = 1; field < 4; ++field)
                count(familyTallies[field], false);
            count(agreement.reason, false);
            count(agreement.status, false);
            count(agreement.hard, false);
            agreement.mismatches.append(label.file + QStringLiteral(": not detected (expected %1)").arg(label.reason));
            continue;
        }
        const Bounce::FailedRecipient &got = report.recipients.at(qMin(i, report.recipients.size() - 1));
        const bool reasonAgrees = canonicalReason(label.reason) == Bounce::Reasons::name(got.reason);
        const bool statusAgrees = label.status == got.status;
        const bool hardAgrees = (label.hard == 1) == got.hard;
        count(agreement.reason, reasonAgrees);
        count(agreement.status, statusAgrees);
        count(agreement.hard, hardAgrees);
        count(familyTallies[1], reasonAgrees);
        count(familyTallies[2], statusAgrees);
        count(familyTallies[3], hardAgrees);
        if (!reasonAgrees || !statusAgrees) {
            agreement.mismatches.append(QStringLiteral("%1 [%2]: reason %3/%4 status %5/%6 | %7")
                                            .arg(label.file, label.family, label.reason,
                                                 Bounce::Reasons::name(got.reason), label.status, got.status,
                                                 got.diagnostic.left(160)));
        }
    }
}

} // namespace Vigie::Testing
