#include "IdJob.h"

#include "CommandSyntax.h"

namespace Vigie::Imap {

IdJob::IdJob(QMap<QByteArray, QByteArray> clientFields, QObject *parent)
    : Job(parent)
    , m_clientFields(std::move(clientFields))
{ }

void IdJob::start()
{
    QByteArray fields;
    for (auto it = m_clientFields.cbegin(); it != m_clientFields.cend(); ++it) {
        const auto key = CommandSyntax::quoted(it.key());
        const auto value = CommandSyntax::quoted(it.value());
        if (!key || !value)
            continue;
        fields += (fields.isEmpty() ? "" : " ") + *key + ' ' + *value;
    }
    sendCommand("ID " + (fields.isEmpty() ? QByteArray("NIL") : '(' + fields + ')'));
}

void IdJob::handleUntagged(const Response &response)
{
    const auto *data = response.as<OtherData>();
    if (!data || response.name != "ID" || data->tokens.size() != 1 || !data->tokens.constFirst().isList())
        return;
    const QList<Token> &list = data->tokens.constFirst().list;
    for (qsizetype i = 0; i + 1 < list.size(); i += 2)
        m_serverFields.insert(list.at(i).bytes, list.at(i + 1).nstring());
}

} // namespace Vigie::Imap
