#pragma once

#include <QDateTime>
#include <QString>

namespace Vigie::Store {

// The rows the incident repository reads and writes. States and kinds are stored as the
// stable identifiers the detection layer gives them ("outage", "access-failure", ...).
struct IncidentRecord
{
    qint64 id = 0;
    QString kind;
    QDateTime opened;
    QDateTime closed; // invalid while open
    QString worstState;
    QString outcome = QStringLiteral("open");

    bool isOpen() const { return !closed.isValid(); }
    bool operator==(const IncidentRecord &) const = default;
};

// One line of an incident's timeline: a transition, a signal that came in, or a manual action,
// with its evidence kept verbatim (a DSN, an SMTP reply).
struct IncidentEventRecord
{
    qint64 incidentId = 0; // 0: not part of any incident
    QDateTime at;
    QString type; // "transition", "signal", "override"
    QString name; // "probe-overdue", "silence-alarm", "suspect->outage", ...
    QString fromState;
    QString toState;
    QString detail; // compact JSON of the measured values: round-trip time, score, SMTP code
    QString evidence; // raw text as received

    bool operator==(const IncidentEventRecord &) const = default;
};

// What the incident state machine needs to resume after a restart.
struct IncidentSnapshotRecord
{
    QString mailState = QStringLiteral("healthy");
    QString accessState = QStringLiteral("ok");
    qint64 mailIncidentId = 0;
    qint64 accessIncidentId = 0;
    QDateTime stateSince;
    QDateTime accessFailingSince;
    QDateTime snoozedUntil;
    int negatives = 0;
    int positives = 0;
    bool mailSeen = false;
    QDateTime deferralSince; // invalid: no deferral known
    QString suspectCause;
    QDateTime updated;

    bool operator==(const IncidentSnapshotRecord &) const = default;
};

} // namespace Vigie::Store
