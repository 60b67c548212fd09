#pragma once

#include <QRandomGenerator>

namespace Vigie::Watch {

// Exponential backoff with jitter: the n-th delay is drawn from [base/2, base] with
// base = min * 2^n, and always lies within [min, max]. Jitter keeps many clients that lost the
// same server from coming back in lockstep.
class Backoff
{
public:
    explicit Backoff(int minimumMs = 2'000, int maximumMs = 300'000,
                     quint32 seed = QRandomGenerator::global()->generate());

    int nextDelayMs();
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }
    int minimumMs() const { return m_minimumMs; }
    int maximumMs() const { return m_maximumMs; }

private:
    int m_minimumMs;
    int m_maximumMs;
    int m_attempts = 0;
    QRandomGenerator m_random;
};

} // namespace Vigie::Watch
