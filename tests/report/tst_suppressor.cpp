// Suppressor: primary and secondary small-number suppression.
#include "report/suppressor.h"
#include "util/errorcode.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace heard;

namespace {

/// Every value a suppressed cell could take, given the shown cells and the shown total: an
/// attacker's view. Primary-suppressed cells are known to be below the threshold.
QList<QSet<int>> feasibleValues(const QList<int> &counts, const Suppressor::Group &g, int total,
                                int threshold)
{
    QList<qsizetype> hidden;
    int known = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (g.suppressed.at(i))
            hidden.append(i);
        else
            known += counts.at(i);
    }
    QList<QSet<int>> feasible(counts.size());
    const int rest = total - known;
    QList<int> values(hidden.size());
    std::function<void(qsizetype, int)> walk = [&](qsizetype k, int left) {
        if (k == hidden.size()) {
            if (left == 0) {
                for (qsizetype j = 0; j < hidden.size(); ++j)
                    feasible[hidden.at(j)].insert(values.at(j));
            }
            return;
        }
        for (int v = 0; v <= left; ++v) {
            values[k] = v;
            walk(k + 1, left - v);
        }
    };
    walk(0, rest);
    Q_UNUSED(threshold);
    return feasible;
}

} // namespace

class TestSuppressor : public QObject
{
    Q_OBJECT

private slots:
    void thresholdNeverBelowThree_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<bool>("ok");
        QTest::newRow("-1") << -1 << false;
        QTest::newRow("0") << 0 << false;
        QTest::newRow("2") << 2 << false;
        QTest::newRow("3") << 3 << true;
        QTest::newRow("5") << 5 << true;
        QTest::newRow("10") << 10 << true;
    }
    void thresholdNeverBelowThree()
    {
        QFETCH(int, threshold);
        QFETCH(bool, ok);
        const auto s = Suppressor::create(threshold);
        QCOMPARE(s.ok(), ok);
        if (!ok)
            QCOMPARE(s.error().code, ErrorCode::ThresholdTooLow);
        else
            QCOMPARE(s->threshold(), threshold);
    }

    void cases_data()
    {
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<bool>("totalShown");
        QTest::addColumn<QList<bool>>("suppressed");
        QTest::addColumn<bool>("totalSuppressed");
        const bool T = true, F = false;
        QTest::newRow("nothing small")
            << QList<int> { 5, 9, 12 } << T << QList<bool> { F, F, F } << F;
        QTest::newRow("one small, total shown: next smallest too")
            << QList<int> { 3, 9, 12 } << T << QList<bool> { T, T, F } << F;
        QTest::newRow("one small, no total: only primary")
            << QList<int> { 3, 9, 12 } << F << QList<bool> { T, F, F } << F;
        // Both "fewer than 5" and 7 between them: each is 3 or 4, at least one child. The 12 is
        // hidden too (it used to be shown: one hidden cell at a time looked safe).
        QTest::newRow("two small: their sum narrows both")
            << QList<int> { 3, 4, 12 } << T << QList<bool> { T, T, T } << F;
        QTest::newRow("4 is small, 5 is not")
            << QList<int> { 4, 5, 6, 20 } << T << QList<bool> { T, T, F, F } << F;
        QTest::newRow("two zeros would both be known to be zero")
            << QList<int> { 0, 0, 7, 9 } << T << QList<bool> { T, T, T, F } << F;
        QTest::newRow("small total hides everything")
            << QList<int> { 1, 2, 1 } << T << QList<bool> { T, T, T } << T;
        QTest::newRow("single cell, small") << QList<int> { 4 } << T << QList<bool> { T } << T;
        QTest::newRow("single cell, big") << QList<int> { 40 } << T << QList<bool> { F } << F;
        QTest::newRow("two cells, one small: both hidden, total shown")
            << QList<int> { 2, 30 } << T << QList<bool> { T, T } << F;
        QTest::newRow("ties: the first smallest")
            << QList<int> { 7, 2, 7 } << T << QList<bool> { T, T, F } << F;
    }
    void cases()
    {
        QFETCH(QList<int>, counts);
        QFETCH(bool, totalShown);
        QFETCH(QList<bool>, suppressed);
        QFETCH(bool, totalSuppressed);
        const auto g = Suppressor::create(5)->apply(counts, totalShown);
        QCOMPARE(g.suppressed, suppressed);
        QCOMPARE(g.totalSuppressed, totalSuppressed);
    }

    void thresholdThree()
    {
        // Only 2 is below 3; the next smallest, 3, goes with it.
        const auto g = Suppressor::create(3)->apply({ 3, 4, 2, 10 });
        QCOMPARE(g.suppressed, (QList<bool> { true, false, true, false }));
    }

    /// Hidden to protect: the smallest shown cell that makes the group safe, and no more.
    void choosesWhatLosesLeast_data()
    {
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<QList<int>>("positive"); // empty: the cells are not split
        QTest::addColumn<QList<bool>>("protecting");
        QTest::addColumn<bool>("totalSuppressed");
        const bool T = true, F = false;
        QTest::newRow("the smallest shown cell, not a bigger one")
            << QList<int> { 3, 9, 12, 7 } << QList<int> {} << QList<bool> { F, F, F, T } << F;
        // 6 has nobody positive: beside the small cell (0 positive) it would leave both known
        // to be 0 positive. 8 has some, so 8 is hidden instead of 6, not as well.
        QTest::newRow("the smallest that works, when the smallest does not")
            << QList<int> { 1, 6, 8, 40 } << QList<int> { 0, 0, 5, 20 }
            << QList<bool> { F, F, T, F } << F;
        // The case: 1 respondent and 0 positive left over from the two small bands.
        QTest::newRow("two small bands, nobody positive in them")
            << QList<int> { 1, 158, 201, 0 } << QList<int> { 0, 120, 150, 0 }
            << QList<bool> { F, T, F, F } << F;
        // Alone the empty cell would be known to be 0; beside the hidden 7 it may be 0, 1 or 2.
        QTest::newRow("an empty small cell")
            << QList<int> { 0, 7, 9 } << QList<int> {} << QList<bool> { F, T, F } << F;
        // Nothing to hide but small cells: each must be 3 or 4. The total goes instead.
        QTest::newRow("only small cells: the total goes")
            << QList<int> { 3, 4 } << QList<int> {} << QList<bool> { F, F } << T;
        QTest::newRow("nothing small: nothing hidden")
            << QList<int> { 5, 9 } << QList<int> { 0, 9 } << QList<bool> { F, F } << F;
    }
    void choosesWhatLosesLeast()
    {
        QFETCH(QList<int>, counts);
        QFETCH(QList<int>, positive);
        QFETCH(QList<bool>, protecting);
        QFETCH(bool, totalSuppressed);
        QList<Suppressor::Cell> cells;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            Suppressor::Cell c;
            c.count = counts.at(i);
            if (!positive.isEmpty())
                c.parts = { positive.at(i), counts.at(i) - positive.at(i) };
            cells.append(c);
        }
        const Suppressor s = Suppressor::create(5).value();
        const auto g = s.apply(cells);
        QCOMPARE(g.protecting, protecting);
        QCOMPARE(g.totalSuppressed, totalSuppressed);
        for (qsizetype i = 0; i < counts.size(); ++i)
            QCOMPARE(g.suppressed.at(i), counts.at(i) < 5 || protecting.at(i));
        QVERIFY(s.safe(cells, g));
    }

    /// A cap known from elsewhere (the age band table) narrows what a hidden cell can hold.
    void capsCount()
    {
        const Suppressor s = Suppressor::create(5).value();
        // 4 and 7 hidden, total 11 shown: without a cap the 4 could be 0..4.
        QList<Suppressor::Cell> cells { { 4, {}, Suppressor::Unbounded },
                                        { 7, {}, Suppressor::Unbounded } };
        Suppressor::Group g { { true, true }, { false, true }, false };
        QCOMPARE(s.ranges(cells, g).at(0).count, (Suppressor::Range { 0, 4 }));
        QVERIFY(s.safe(cells, g));
        // With the 7's band known to hold 7 children, the 4 is exactly 4.
        cells[1].cap = 7;
        QCOMPARE(s.ranges(cells, g).at(0).count, (Suppressor::Range { 4, 4 }));
        QVERIFY(!s.safe(cells, g));
        // So the suppressor hides the total instead and shows the 7 again.
        const auto chosen = s.apply(cells);
        QCOMPARE(chosen.suppressed, (QList<bool> { true, false }));
        QVERIFY(chosen.totalSuppressed);
    }

    /// Property: over many random groups, every suppressed cell could still have had at least two
    /// values given everything shown, and every cell below the threshold is suppressed.
    void noSuppressedValueIsDerivable()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 3000; ++round) {
            const int threshold = 3 + int(random.bounded(4));
            const int n = 1 + int(random.bounded(5));
            QList<int> counts;
            int total = 0;
            for (int i = 0; i < n; ++i) {
                counts.append(int(random.bounded(random.bounded(2) ? threshold : 14)));
                total += counts.last();
            }
            const auto g = Suppressor::create(threshold)->apply(counts);
            for (int i = 0; i < n; ++i) {
                if (counts.at(i) < threshold)
                    QVERIFY(g.suppressed.at(i));
            }
            if (g.totalSuppressed)
                continue; // nothing of the group is shown
            const auto feasible = feasibleValues(counts, g, total, threshold);
            for (int i = 0; i < n; ++i) {
                if (!g.suppressed.at(i))
                    continue;
                QVERIFY2(feasible.at(i).size() >= 2,
                         qPrintable(QStringLiteral("round %1 cell %2").arg(round).arg(i)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSuppressor)
#include "tst_suppressor.moc"
