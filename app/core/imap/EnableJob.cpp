#include "EnableJob.h"

#include "Session.h"

namespace Vigie::Imap {

EnableJob::EnableJob(QList<QByteArray> extensions, QObject *parent)
    : Job(parent)
    , m_extensions(std::move(extensions))
{ }

void EnableJob::start()
{
    QByteArray offered;
    for (const QByteArray &extension : std::as_const(m_extensions)) {
        if (session()->hasCapability(extension))
            offered += ' ' + extension;
    }
    if (!session()->hasCapability("ENABLE") || offered.isEmpty()) {
        finish();
        return;
    }
    sendCommand("ENABLE" + offered);
}

void EnableJob::handleUntagged(const Response &response)
{
    if (const auto *data = response.as<CapabilityData>(); data && response.name == "ENABLED")
        m_enabled += data->capabilities;
}

} // namespace Vigie::Imap
