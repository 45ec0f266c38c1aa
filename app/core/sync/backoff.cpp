#include "sync/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace heard {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, Random random)
    : m_base(base)
    , m_cap(cap)
    , m_random(random ? std::move(random)
                      : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{
}

std::chrono::milliseconds Backoff::ceiling() const
{
    const int shift = std::clamp(m_failures - 1, 0, 30);
    const qint64 grown = m_base.count() * (qint64(1) << shift);
    return std::chrono::milliseconds(std::min<qint64>(m_cap.count(), std::max<qint64>(grown, 0)));
}

std::chrono::milliseconds Backoff::failed(std::chrono::milliseconds retryAfter)
{
    ++m_failures;
    const auto jittered = std::chrono::milliseconds(qint64(m_random() * double(ceiling().count())));
    return std::max(jittered, retryAfter);
}

} // namespace heard
