#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

namespace heard {

/// Capped exponential backoff with full jitter: after the n-th consecutive failure wait a uniform
/// random time in [0, min(cap, base * 2^(n-1))]. The random source is injectable for tests.
class Backoff
{
public:
    using Random = std::function<double()>; ///< uniform in [0, 1)

    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, Random random = {});

    /// Records a failure and returns how long to wait; @p retryAfter (from the server) is a floor.
    std::chrono::milliseconds failed(std::chrono::milliseconds retryAfter = {});
    void succeeded() { m_failures = 0; }
    int failures() const { return m_failures; }
    /// The upper bound of the next wait, without jitter.
    std::chrono::milliseconds ceiling() const;

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    Random m_random;
    int m_failures = 0;
};

} // namespace heard
