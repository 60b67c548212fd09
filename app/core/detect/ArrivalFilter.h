#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace Vigie::Detect {

// What the IMAP watcher knows of a message when it appears, enough to decide whether it is
// evidence that the mailbox receives mail from the world.
struct ArrivalCandidate
{
    QDateTime at;
    QString from; // the From address
    QByteArray probeToken; // X-Vigie-Probe, if any
    bool autoSubmitted = false;

    bool operator==(const ArrivalCandidate &) const = default;
};

// The hook that keeps the silence model honest: Vigie's probes and any mail Vigie itself sent
// (from the backup account or the owner's alerts) say nothing about the world writing to the
// owner, so they are not arrivals. The predicate is replaceable for tests and other front ends.
class ArrivalFilter
{
public:
    using Predicate = std::function<bool(const ArrivalCandidate &)>;

    ArrivalFilter() = default;
    // ownAddresses: the addresses Vigie sends from; compared case-insensitively.
    explicit ArrivalFilter(QStringList ownAddresses);

    bool counts(const ArrivalCandidate &candidate) const;
    void setPredicate(Predicate predicate) { m_predicate = std::move(predicate); }

private:
    bool countsByDefault(const ArrivalCandidate &candidate) const;

    QStringList m_ownAddresses;
    Predicate m_predicate;
};

} // namespace Vigie::Detect
