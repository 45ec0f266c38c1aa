#pragma once

#include "util/result.h"

#include <QList>

namespace heard {

/// Small-number protection for one group of cells that add up to a shown total (an indicator's
/// age bands, the completion modes, the languages ...).
///
/// Primary: a cell counting fewer than threshold() children is suppressed. Secondary: while the
/// total is shown and the suppressed cells could still be worked out from it (exactly one
/// suppressed cell, or suppressed cells that must all be zero), the next smallest shown cell is
/// suppressed too. A total below the threshold is suppressed, and then every cell is.
class Suppressor
{
public:
    static constexpr int DefaultThreshold = 5;
    static constexpr int MinimumThreshold = 3; ///< below this no setting protects anyone

    /// "threshold_too_low" below MinimumThreshold.
    static Result<Suppressor> create(int threshold);
    Suppressor() = default;

    int threshold() const { return m_threshold; }
    bool isSmall(int count) const { return count < m_threshold; }

    struct Group
    {
        QList<bool> suppressed; ///< one per cell
        bool totalSuppressed = false;
    };
    /// Suppression for @p counts whose sum is shown as a total when @p totalShown.
    Group apply(const QList<int> &counts, bool totalShown = true) const;

private:
    explicit Suppressor(int threshold)
        : m_threshold(threshold)
    {
    }
    int m_threshold = DefaultThreshold;
};

} // namespace heard
