#include "CapabilityJob.h"

namespace Vigie::Imap {

void CapabilityJob::start()
{
    sendCommand("CAPABILITY");
}

void CapabilityJob::handleUntagged(const Response &response)
{
    if (const auto *data = response.as<CapabilityData>(); data && response.name == "CAPABILITY")
        m_capabilities = data->capabilities;
}

} // namespace Vigie::Imap
