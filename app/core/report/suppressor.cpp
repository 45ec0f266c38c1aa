#include "suppressor.h"

#include "util/errorcode.h"

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
    Group group;
    const int total = std::accumulate(counts.cbegin(), counts.cend(), 0);
    group.suppressed.reserve(counts.size());
    for (int count : counts)
        group.suppressed.append(isSmall(count));
    if (totalShown && isSmall(total)) {
        // The total itself would identify: hide it and everything in it.
        group.totalSuppressed = true;
        group.suppressed.fill(true);
        return group;
    }
    if (!totalShown)
        return group;
    for (;;) {
        int hidden = 0;
        int hiddenSum = 0;
        int next = -1;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            if (group.suppressed.at(i)) {
                ++hidden;
                hiddenSum += counts.at(i);
            } else if (next < 0 || counts.at(i) < counts.at(next)) {
                next = int(i);
            }
        }
        // One hidden cell equals the total minus the shown ones; several hidden cells summing to
        // zero are each zero. Either way hide one more, the smallest, until that is no longer so.
        const bool derivable = hidden == 1 || (hidden > 1 && hiddenSum == 0);
        if (!derivable || next < 0)
            break;
        group.suppressed[next] = true;
    }
    return group;
}

} // namespace heard
