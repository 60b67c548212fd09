#include "ProbeRepository.h"

#include "Database.h"
#include "StoreLogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Vigie::Store {

namespace {

const QString Columns = QStringLiteral(
    "token, sent_ms, outcome, submission_step, submission_code, queue_id, smtp_replies, arrived_ms, rtt_ms,"
    " bounced_ms, bounce_reason, bounce_status, bounce_dsn, overdue_ms, removed_ms, delayed_ms");

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

ProbeRepository::ProbeRepository(Database &database)
    : m_database(database)
{ }

bool ProbeRepository::insert(const ProbeRecord &probe)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO probes (token, sent_ms, outcome) VALUES (?, ?, ?)"));
    query.addBindValue(probe.token);
    query.addBindValue(probe.sent.toMSecsSinceEpoch());
    query.addBindValue(text(probe.outcome));
    if (query.exec())
        return true;
    qCWarning(lcStore) << "Cannot record a probe:" << query.lastError().text();
    return false;
}

bool ProbeRepository::update(const QString &token, const QString &assignments, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE probes SET %1 WHERE token = ?").arg(assignments));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(token);
    if (query.exec())
        return query.numRowsAffected() > 0;
    qCWarning(lcStore) << "Cannot update a probe:" << query.lastError().text();
    return false;
}

bool ProbeRepository::setSubmission(const QString &token, const QString &outcome, const QString &step,
                                    const QString &code, const QString &queueId, const QString &smtpReplies)
{
    return update(
        token, QStringLiteral("outcome = ?, submission_step = ?, submission_code = ?, queue_id = ?, smtp_replies = ?"),
        {text(outcome), text(step), text(code), text(queueId), text(smtpReplies)});
}

bool ProbeRepository::setArrived(const QString &token, const QDateTime &at, qint64 roundTripMs)
{
    return update(token, QStringLiteral("arrived_ms = ?, rtt_ms = ?"), {at.toMSecsSinceEpoch(), roundTripMs});
}

bool ProbeRepository::setReport(const QString &token, const QString &timeColumn, const QDateTime &at,
                                const QString &reason, const QString &status, const QString &rawDsn)
{
    return update(token, timeColumn + QStringLiteral(" = ?, bounce_reason = ?, bounce_status = ?, bounce_dsn = ?"),
                  {at.toMSecsSinceEpoch(), text(reason), text(status), text(rawDsn)});
}

bool ProbeRepository::setBounced(const QString &token, const QDateTime &at, const QString &reason,
                                 const QString &status, const QString &rawDsn)
{
    return setReport(token, QStringLiteral("bounced_ms"), at, reason, status, rawDsn);
}

bool ProbeRepository::setDelayed(const QString &token, const QDateTime &at, const QString &reason,
                                 const QString &status, const QString &rawDsn)
{
    return setReport(token, QStringLiteral("delayed_ms"), at, reason, status, rawDsn);
}

bool ProbeRepository::setOverdue(const QString &token, const QDateTime &at)
{
    return update(token, QStringLiteral("overdue_ms = ?"), {at.toMSecsSinceEpoch()});
}

bool ProbeRepository::setRemoved(const QString &token, const QDateTime &at)
{
    return update(token, QStringLiteral("removed_ms = ?"), {at.toMSecsSinceEpoch()});
}

int ProbeRepository::abandonUnanswered()
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("UPDATE probes SET outcome = 'abandoned' WHERE outcome = 'pending'")))
        return query.numRowsAffected();
    qCWarning(lcStore) << "Cannot close the unanswered probes:" << query.lastError().text();
    return 0;
}

std::optional<ProbeRecord> ProbeRepository::probe(const QString &token) const
{
    const QList<ProbeRecord> found = select(QStringLiteral("token = ?"), {token});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<ProbeRecord> ProbeRepository::outstandingSince(const QDateTime &since) const
{
    return select(QStringLiteral("sent_ms >= ? AND outcome IN ('pending', 'accepted') AND arrived_ms IS NULL"
                                 " AND bounced_ms IS NULL"),
                  {since.toMSecsSinceEpoch()});
}

QList<ProbeRecord> ProbeRepository::sentSince(const QDateTime &since) const
{
    return select(QStringLiteral("sent_ms >= ?"), {since.toMSecsSinceEpoch()});
}

QList<ProbeRecord> ProbeRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM probes WHERE %2 ORDER BY sent_ms, id").arg(Columns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<ProbeRecord> probes;
    if (!query.exec()) {
        qCWarning(lcStore) << "Cannot read the probes:" << query.lastError().text();
        return probes;
    }
    while (query.next()) {
        ProbeRecord probe;
        probe.token = query.value(0).toString();
        probe.sent = fromMs(query.value(1));
        probe.outcome = query.value(2).toString();
        probe.submissionStep = query.value(3).toString();
        probe.submissionCode = query.value(4).toString();
        probe.queueId = query.value(5).toString();
        probe.smtpReplies = query.value(6).toString();
        probe.arrived = fromMs(query.value(7));
        probe.roundTripMs = query.value(8).isNull() ? -1 : query.value(8).toLongLong();
        probe.bounced = fromMs(query.value(9));
        probe.bounceReason = query.value(10).toString();
        probe.bounceStatus = query.value(11).toString();
        probe.bounceDsn = query.value(12).toString();
        probe.overdue = fromMs(query.value(13));
        probe.removed = fromMs(query.value(14));
        probe.delayed = fromMs(query.value(15));
        probes.append(probe);
    }
    return probes;
}

} // namespace Vigie::Store
