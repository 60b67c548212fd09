#pragma once

#include "bounce/BounceReport.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Vigie::Testing {

// The labelled bounce corpus in ../shared/testdata/bounces (labels.tsv: Sisimai's expectations)
// and the agreement of BounceClassifier with it, shared by the corpus test and bench-bounce.
class BounceCorpus
{
public:
    struct Label
    {
        QString file;
        QString family; // sender_mta; empty for not-bounce rows
        QString status;
        QString replyCode;
        QString reason;
        int hard = -1;
    };

    struct Tally
    {
        int total = 0;
        int agreed = 0;
        double percent() const { return total ? 100.0 * agreed / total : 100.0; }
    };

    struct Agreement
    {
        Tally isBounce; // per file
        Tally notBounce; // per not-bounce file
        Tally reason; // per label row
        Tally status;
        Tally hard;
        QMap<QString, QList<Tally>> perFamily; // family -> {isBounce, reason, status, hard}
        QStringList mismatches; // one line per disagreeing row
    };

    static QString defaultDirectory();
    // Labels grouped by file, in file order. Empty if the folder or labels.tsv is missing.
    static QMap<QString, QList<Label>> load(const QString &directory);
    // Folds one file's labels and the classifier's report into the tallies.
    static void compare(const QList<Label> &labels, const Bounce::BounceReport &report, Agreement &agreement);
};

} // namespace Vigie::Testing
