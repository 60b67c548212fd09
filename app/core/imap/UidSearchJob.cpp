#include "UidSearchJob.h"

#include "CommandSyntax.h"

#include <algorithm>

namespace Vigie::Imap {

UidSearchJob::UidSearchJob(Criteria criteria, QObject *parent)
    : Job(parent)
    , m_criteria(std::move(criteria))
{ }

std::optional<QByteArray> UidSearchJob::commandFor(const Criteria &criteria)
{
    QByteArray command = "UID SEARCH";
    if (criteria.uidFrom)
        command += " UID " + QByteArray::number(*criteria.uidFrom) + ":*";
    if (criteria.since.isValid())
        command += " SINCE " + CommandSyntax::searchDate(criteria.since);
    for (const auto &[field, value] : criteria.headers) {
        const auto quotedField = CommandSyntax::quoted(field);
        const auto quotedValue = CommandSyntax::quoted(value);
        if (!quotedField || !quotedValue)
            return std::nullopt;
        command += " HEADER " + *quotedField + ' ' + *quotedValue;
    }
    if (criteria.undeleted)
        command += " UNDELETED";
    if (command == "UID SEARCH")
        command += " ALL";
    return command;
}

void UidSearchJob::start()
{
    const auto command = commandFor(m_criteria);
    if (!command) {
        finish(Net::ServiceError::make(Net::ServiceError::Kind::Protocol, QStringLiteral("unusable search criteria")));
        return;
    }
    sendCommand(*command);
}

void UidSearchJob::handleUntagged(const Response &response)
{
    if (const auto *search = response.as<SearchData>(); search && response.name == "SEARCH")
        m_uids += search->numbers;
}

QList<quint32> UidSearchJob::uids() const
{
    QList<quint32> uids = m_uids;
    if (m_criteria.uidFrom) {
        const quint32 from = *m_criteria.uidFrom;
        uids.removeIf([from](quint32 uid) { return uid < from; });
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

} // namespace Vigie::Imap
