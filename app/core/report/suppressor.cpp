#include "suppressor.h"

#include "util/errorcode.h"

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace heard {

Result<Suppressor> Suppressor::create(int threshold)
{
    if (threshold < MinimumThreshold)
        return Result<Suppressor>::failure(
            ErrorCode::ThresholdTooLow,
            u"the small-number threshold must be at least %1 (got %2)"_s.arg(MinimumThreshold)
                .arg(threshold));
    return Suppressor(threshold);
}

Suppressor::Group Suppressor::apply(const QList<int> &counts, bool totalShown) const
{
    QList<Cell> cells;
    cells.reserve(counts.size());
    for (int count : counts)
        cells.append({ count, {}, Unbounded });
    return apply(cells, totalShown);
}

Suppressor::Group Suppressor::apply(const QList<Cell> &cells, bool totalShown) const
{
    Group group;
    const qsizetype n = cells.size();
    int total = 0;
    for (const Cell &c : cells) {
        total += c.count;
        group.suppressed.append(isSmall(c.count));
    }
    group.protecting.fill(false, n);
    if (totalShown && isSmall(total)) {
        // The total itself would identify: hide it and everything in it (all small too).
        group.totalSuppressed = true;
        group.suppressed.fill(true);
        return group;
    }
    if (!totalShown)
        return group;

    // Shown cells, smallest first: hiding a small cell loses least (ties: the first).
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return cells.at(a).count < cells.at(b).count;
    });
    while (!safe(cells, group)) {
        qsizetype smallest = -1;
        qsizetype enough = -1;
        for (qsizetype i : std::as_const(order)) {
            if (group.suppressed.at(i))
                continue;
            if (smallest < 0)
                smallest = i;
            Group trial = group;
            trial.suppressed[i] = true;
            trial.protecting[i] = true;
            if (safe(cells, trial)) {
                enough = i;
                break;
            }
        }
        const qsizetype next = enough >= 0 ? enough : smallest;
        if (next < 0) {
            // Every cell is hidden and the total still gives a small one away: hide the total
            // instead, and then nothing but the small cells needs hiding.
            for (qsizetype i = 0; i < n; ++i) {
                group.suppressed[i] = isSmall(cells.at(i).count);
                group.protecting[i] = false;
            }
            group.totalSuppressed = true;
            return group;
        }
        group.suppressed[next] = true;
        group.protecting[next] = true;
    }
    // A cell hidden early may have become needless once a later one was: show it again, the
    // largest first, so that every protecting cell is one the group cannot do without.
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (!group.protecting.at(*it))
            continue;
        Group trial = group;
        trial.suppressed[*it] = false;
        trial.protecting[*it] = false;
        if (safe(cells, trial))
            group = trial;
    }
    return group;
}

QList<Suppressor::Derived> Suppressor::ranges(const QList<Cell> &cells, const Group &group) const
{
    const qsizetype n = cells.size();
    qsizetype partCount = 0;
    for (const Cell &c : cells)
        partCount = std::max(partCount, c.parts.size());
    // A cell not split is its own single part.
    auto part = [&](const Cell &c, qsizetype k) {
        return c.parts.isEmpty() ? (k == 0 ? c.count : 0) : c.parts.value(k);
    };
    const qsizetype parts = std::max<qsizetype>(partCount, 1);

    // What is hidden adds up to the total minus what is shown, count by count and part by part.
    long long hidden = 0;
    QList<long long> hiddenParts(parts, 0);
    for (qsizetype i = 0; i < n; ++i) {
        if (!group.suppressed.at(i))
            continue;
        hidden += cells.at(i).count;
        for (qsizetype k = 0; k < parts; ++k)
            hiddenParts[k] += part(cells.at(i), k);
    }
    const bool sums = !group.totalSuppressed;

    // What the wording says, narrowed by the cap: a primary cell is below the threshold, a
    // protecting one is not; with the total shown no cell can hold more than what is hidden.
    QList<long long> low(n), high(n);
    for (qsizetype i = 0; i < n; ++i) {
        const bool primary = group.suppressed.at(i) && !group.protecting.at(i);
        low[i] = primary ? 0 : m_threshold;
        high[i] = primary ? m_threshold - 1 : std::numeric_limits<int>::max();
        if (cells.at(i).cap != Unbounded)
            high[i] = std::min<long long>(high.at(i), cells.at(i).cap);
        if (sums)
            high[i] = std::min(high.at(i), hidden);
    }
    long long lowSum = 0, highSum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (group.suppressed.at(i)) {
            lowSum += low.at(i);
            highSum += high.at(i);
        }
    }

    QList<Derived> derived(n);
    for (qsizetype i = 0; i < n; ++i) {
        Derived &d = derived[i];
        const Cell &c = cells.at(i);
        if (!group.suppressed.at(i)) {
            d.count = { c.count, c.count };
            for (qsizetype k = 0; k < parts; ++k)
                d.parts.append({ part(c, k), part(c, k) });
            continue;
        }
        long long lo = low.at(i), hi = high.at(i);
        if (sums) {
            // One sum over boxes: the others at their largest leave the least for this cell.
            lo = std::max(lo, hidden - (highSum - high.at(i)));
            hi = std::min(hi, hidden - (lowSum - low.at(i)));
        }
        d.count = { int(lo), int(hi) };
        for (qsizetype k = 0; k < parts; ++k) {
            if (!sums) {
                d.parts.append({ 0, int(hi) });
                continue;
            }
            // The other parts of the hidden cells can absorb at most their own sums.
            const long long others = hidden - hiddenParts.at(k);
            d.parts.append(
                { int(std::max(0LL, lo - others)), int(std::min(hiddenParts.at(k), hi)) });
        }
    }
    return derived;
}

bool Suppressor::safe(const QList<Cell> &cells, const Group &group) const
{
    const QList<Derived> derived = ranges(cells, group);
    auto open = [&](const Range &r) {
        // Pinned to one value, or known to be at least one and still small: both identify.
        return r.high > r.low && !(r.low >= 1 && r.high < m_threshold);
    };
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (!group.suppressed.at(i) || group.protecting.at(i))
            continue;
        if (!open(derived.at(i).count))
            return false;
        for (const Range &r : derived.at(i).parts) {
            if (!open(r))
                return false;
        }
    }
    return true;
}

} // namespace heard
