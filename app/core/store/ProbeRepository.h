#pragma once

#include "ProbeRecord.h"

#include <QList>

#include <optional>

namespace Vigie::Store {

class Database;

// The probes table (schema versions 3 and 4). Each update is one statement keyed by the token.
class ProbeRepository
{
public:
    explicit ProbeRepository(Database &database);

    bool insert(const ProbeRecord &probe);
    bool setSubmission(const QString &token, const QString &outcome, const QString &step, const QString &code,
                       const QString &queueId, const QString &smtpReplies);
    bool setArrived(const QString &token, const QDateTime &at, qint64 roundTripMs);
    bool setBounced(const QString &token, const QDateTime &at, const QString &reason, const QString &status,
                    const QString &rawDsn);
    bool setDelayed(const QString &token, const QDateTime &at, const QString &reason, const QString &status,
                    const QString &rawDsn);
    bool setOverdue(const QString &token, const QDateTime &at);
    bool setRemoved(const QString &token, const QDateTime &at);
    // Every probe still pending, left by a run that ended before its submission's verdict, is
    // marked abandoned. Returns how many.
    int abandonUnanswered();

    std::optional<ProbeRecord> probe(const QString &token) const;
    // Outstanding probes sent since the given time, oldest first.
    QList<ProbeRecord> outstandingSince(const QDateTime &since) const;
    QList<ProbeRecord> sentSince(const QDateTime &since) const;

private:
    bool update(const QString &token, const QString &assignments, const QVariantList &values);
    bool setReport(const QString &token, const QString &timeColumn, const QDateTime &at, const QString &reason,
                   const QString &status, const QString &rawDsn);
    QList<ProbeRecord> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
};

} // namespace Vigie::Store
