// IndicatorReport::compare: change in percentage points between two rounds, only where neither
// round hides the cell.
#include "report/indicatorreport.h"
#include "support/reportframework.h"
#include "support/reportinputs.h"

#include <QTest>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

/// @p bands: per band, how many children answered WB01 and TR01 and how many of them positively.
struct BandRound
{
    QString band;
    int answered;
    int positive;
};

IndicatorReport round(const QList<BandRound> &bands, int firstSession)
{
    ResponseSet set;
    int n = firstSession;
    for (const BandRound &b : bands) {
        for (int i = 0; i < b.answered; ++i) {
            const Child c { sessionId(n++), u"s-"_s + b.band, b.band, QDate(2026, 3, 2) };
            const bool yes = i < b.positive;
            answer(set, c, u"happy"_s, 1, { yes ? u"5"_s : u"1"_s }, { u"WB01"_s },
                   yes ? QStringList { u"WB01"_s } : QStringList());
            if (b.band != u"4-7")
                answer(set, c, u"mum"_s, 2, { yes ? u"yes"_s : u"no"_s }, { u"TR01"_s },
                       yes ? QStringList { u"TR01"_s } : QStringList());
            end(set, c);
        }
    }
    const Framework f = reportFramework({ u"WB01"_s, u"TR01"_s });
    return IndicatorReport::compute(set, f, {}, Suppressor::create(5).value());
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void changes_data()
    {
        QTest::addColumn<QList<BandRound>>("before");
        QTest::addColumn<QList<BandRound>>("after");
        // "indicator band before after" for every change expected, in report order.
        QTest::addColumn<QStringList>("expected");

        // Both rounds big enough everywhere: every cell compared.
        QTest::newRow("all comparable")
            << QList<BandRound> { { u"8-11"_s, 10, 5 }, { u"11-18"_s, 20, 10 } }
            << QList<BandRound> { { u"8-11"_s, 10, 8 }, { u"11-18"_s, 20, 5 } }
            << QStringList { u"WB01 8-11 50 80"_s, u"WB01 11-18 50 25"_s, u"WB01 all 50 43.3"_s,
                             u"TR01 8-11 50 80"_s, u"TR01 11-18 50 25"_s, u"TR01 all 50 43.3"_s };
        // A band small in the earlier round (and so its neighbour too, by secondary
        // suppression): only the totals compare.
        QTest::newRow("small earlier band")
            << QList<BandRound> { { u"8-11"_s, 4, 2 }, { u"11-18"_s, 20, 10 } }
            << QList<BandRound> { { u"8-11"_s, 10, 8 }, { u"11-18"_s, 20, 5 } }
            << QStringList { u"WB01 all 50 43.3"_s, u"TR01 all 50 43.3"_s };
        // A band small now: the same, seen from the other side.
        QTest::newRow("small later band")
            << QList<BandRound> { { u"8-11"_s, 10, 5 }, { u"11-18"_s, 20, 10 } }
            << QList<BandRound> { { u"8-11"_s, 3, 3 }, { u"11-18"_s, 20, 5 } }
            << QStringList { u"WB01 all 50 34.8"_s, u"TR01 all 50 34.8"_s };
        // A band only in one round is not compared; the other band and the totals are.
        QTest::newRow("band missing earlier")
            << QList<BandRound> { { u"11-18"_s, 20, 10 } }
            << QList<BandRound> { { u"8-11"_s, 10, 8 }, { u"11-18"_s, 20, 5 } }
            << QStringList { u"WB01 11-18 50 25"_s, u"WB01 all 50 43.3"_s, u"TR01 11-18 50 25"_s,
                             u"TR01 all 50 43.3"_s };
        // A whole round too small: nothing.
        QTest::newRow("tiny earlier round")
            << QList<BandRound> { { u"8-11"_s, 4, 2 } } << QList<BandRound> { { u"8-11"_s, 10, 8 } }
            << QStringList {};
        // 4-7 is asked WB01 only: TR01 compares its 8-11 band and total.
        QTest::newRow("indicator not asked of a band")
            << QList<BandRound> { { u"4-7"_s, 6, 3 }, { u"8-11"_s, 10, 5 } }
            << QList<BandRound> { { u"4-7"_s, 6, 6 }, { u"8-11"_s, 10, 5 } }
            << QStringList { u"WB01 4-7 50 100"_s, u"WB01 8-11 50 50"_s, u"WB01 all 50 68.8"_s,
                             u"TR01 8-11 50 50"_s, u"TR01 all 50 50"_s };
    }
    void changes()
    {
        QFETCH(QList<BandRound>, before);
        QFETCH(QList<BandRound>, after);
        QFETCH(QStringList, expected);
        const auto changes = IndicatorReport::compare(round(before, 1), round(after, 1000));
        QStringList got;
        for (const auto &c : changes) {
            got.append(u"%1 %2 %3 %4"_s.arg(c.indicator, c.band, QString::number(c.before, 'g', 3),
                                            QString::number(c.after, 'g', 3)));
            QCOMPARE(c.points(), c.after - c.before);
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
