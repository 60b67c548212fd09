#include "ArrivalFilter.h"

namespace Vigie::Detect {

ArrivalFilter::ArrivalFilter(QStringList ownAddresses)
    : m_ownAddresses(std::move(ownAddresses))
{ }

bool ArrivalFilter::counts(const ArrivalCandidate &candidate) const
{
    return m_predicate ? m_predicate(candidate) : countsByDefault(candidate);
}

bool ArrivalFilter::countsByDefault(const ArrivalCandidate &candidate) const
{
    if (!candidate.probeToken.isEmpty())
        return false;
    for (const QString &own : m_ownAddresses) {
        if (candidate.from.compare(own, Qt::CaseInsensitive) == 0 && candidate.autoSubmitted)
            return false;
    }
    return true;
}

} // namespace Vigie::Detect
