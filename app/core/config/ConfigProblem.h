#pragma once

#include <QList>
#include <QString>

namespace Vigie::Config {

// One thing wrong with a settings file, phrased for the person who has to fix it.
struct ConfigProblem
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString key; // "primary/imap/port"; empty when the problem is about the whole file
    QString message; // a translated sentence

    bool operator==(const ConfigProblem &) const = default;
};

using ConfigProblems = QList<ConfigProblem>;

inline bool hasErrors(const ConfigProblems &problems)
{
    for (const ConfigProblem &problem : problems) {
        if (problem.severity == ConfigProblem::Severity::Error)
            return true;
    }
    return false;
}

} // namespace Vigie::Config
