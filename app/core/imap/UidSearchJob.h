#pragma once

#include "Job.h"

#include <QDate>

namespace Vigie::Imap {

// UID SEARCH with the criteria Vigie needs: a UID range, SINCE a date, HEADER field value,
// UNDELETED.
// Criteria combine with AND, as IMAP does.
class UidSearchJob : public Job
{
    Q_OBJECT
public:
    struct Criteria
    {
        std::optional<quint32> uidFrom; // UID n:*
        QDate since;
        QList<std::pair<QByteArray, QByteArray>> headers; // an empty value: any message with the field
        bool undeleted = false;
    };

    explicit UidSearchJob(Criteria criteria, QObject *parent = nullptr);
    // The UIDs found, ascending. For "UID n:*", servers also return the highest UID when it is
    // below n (RFC 3501 6.4.8); those are filtered out here.
    QList<quint32> uids() const;

    static std::optional<QByteArray> commandFor(const Criteria &criteria);

protected:
    void start() override;
    void handleUntagged(const Response &response) override;

private:
    Criteria m_criteria;
    QList<quint32> m_uids;
};

} // namespace Vigie::Imap
