#include "Backoff.h"

#include <algorithm>

namespace Vigie::Watch {

Backoff::Backoff(int minimumMs, int maximumMs, quint32 seed)
    : m_minimumMs(std::max(1, minimumMs))
    , m_maximumMs(std::max(m_minimumMs, maximumMs))
    , m_random(seed)
{ }

int Backoff::nextDelayMs()
{
    const int exponent = std::min(m_attempts, 30);
    ++m_attempts;
    const qint64 base = std::min<qint64>(qint64(m_minimumMs) << exponent, m_maximumMs);
    const qint64 low = base / 2;
    const qint64 drawn = low + qint64(m_random.bounded(quint32(base - low + 1)));
    return int(std::clamp<qint64>(drawn, m_minimumMs, m_maximumMs));
}

} // namespace Vigie::Watch
