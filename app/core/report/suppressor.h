#pragma once

#include "util/result.h"

#include <QList>

namespace heard {

/// Small-number protection for one group of cells that add up to a shown total (an indicator's
/// age bands, the completion modes, the languages ...), judged against everything a reader can
/// work out from the whole group at once, not one hidden cell at a time.
///
/// Primary: a cell counting fewer than threshold() children is hidden and reads "fewer than N".
/// Secondary (complementary): while some hidden primary cell could still be narrowed down from the
/// shown total and shown cells (see ranges()) to an exact value, or to "at least one child and
/// fewer than N", more cells are hidden: the smallest shown cell whose hiding makes the group safe,
/// else the smallest shown cell and try again. Such a cell is marked Group::protecting. When no
/// shown cell is left and the group is still not safe, the total is hidden instead. A total below
/// the threshold is hidden, and then every cell is.
///
/// A cell may be split into parts that the report also shows (an indicator's positive and not
/// positive answers): then each part of a hidden primary cell must stay as open as the cell.
class Suppressor
{
public:
    static constexpr int DefaultThreshold = 5;
    static constexpr int MinimumThreshold = 3; ///< below this no setting protects anyone
    static constexpr int Unbounded = -1; ///< Cell::cap when nothing shown elsewhere bounds a cell
    /// What every output says in place of a cell hidden only to protect a small one.
    static constexpr char ProtectingWords[] = "hidden to protect a small group";

    /// "threshold_too_low" below MinimumThreshold.
    static Result<Suppressor> create(int threshold);
    Suppressor() = default;

    int threshold() const { return m_threshold; }
    bool isSmall(int count) const { return count < m_threshold; }

    /// One cell of a group: how many, the parts it is split into where the report shows them
    /// (empty: not split), and an upper bound a reader knows from elsewhere in the report (the
    /// responses of the cell's age band) or Unbounded.
    struct Cell
    {
        int count = 0;
        QList<int> parts; ///< sum to count when not empty; the same number in every cell
        int cap = Unbounded;
    };
    struct Group
    {
        QList<bool> suppressed; ///< one per cell: hidden, for whatever reason
        QList<bool> protecting; ///< one per cell: hidden only to protect a small cell
        bool totalSuppressed = false;
    };
    /// A closed range of values.
    struct Range
    {
        int low = 0;
        int high = 0;
        bool operator==(const Range &) const = default;
    };
    /// What a reader can derive about one hidden cell: its count and each of its parts.
    struct Derived
    {
        Range count;
        QList<Range> parts;
    };

    /// Suppression for @p counts whose sum is shown as a total when @p totalShown.
    Group apply(const QList<int> &counts, bool totalShown = true) const;
    /// Suppression for @p cells whose sums (count and each part) are shown when @p totalShown.
    Group apply(const QList<Cell> &cells, bool totalShown = true) const;

    /// The exact range of values each hidden cell of @p group could take given everything shown:
    /// shown cells and totals, non-negative counts, parts that add up to their cell, each cell's
    /// cap, and what the wording says (a primary cell is below the threshold, a protecting one is
    /// not). Shown cells get their own value. Used to choose cells; exact because the cells are
    /// linked only through the group's sums.
    QList<Derived> ranges(const QList<Cell> &cells, const Group &group) const;

    /// True when no hidden primary cell of @p group, nor any of its parts, is pinned to one value
    /// or known to hold at least one and fewer than threshold() children.
    bool safe(const QList<Cell> &cells, const Group &group) const;

private:
    explicit Suppressor(int threshold)
        : m_threshold(threshold)
    {
    }
    int m_threshold = DefaultThreshold;
};

} // namespace heard
