// IndicatorReport on a fixture of 12 responses whose every figure is worked out by hand below.
//
// Framework: WB01 wellbeing 4-17, TR03 trusting 4-17, TR01 trusting 8-17 (not 4-7), HO01 home 4-17.
// Questions: happy (faces 1-5, WB01, positive 4,5), trust (frequency never/sometimes/always, TR03,
// positive always), mum (yes/no, TR01, positive yes), bed (frequency no/bit/yes, HO01, positive
// yes)
//
//        band  day    mode        lang  happy   trust     mum     bed      end
//   A1   4-7   03-02  alone       en    5       always    -       yes      completed
//   A2   4-7   03-02  alone       en    1       never     -       no       completed
//   A3   4-7   03-02  alone       en    4       sometimes -       yes      completed
//   A4   4-7   03-02  read aloud  en    dont_k  always    -       yes      completed
//   A5   4-7   03-02  read aloud  en    3       always    -       no->RETRACTED   (incomplete)
//   B1   8-11  03-04  alone       en    5       always    yes     yes      completed
//   B2   8-11  03-04  alone       cy    4       always    no      bit      completed
//   B3   8-11  03-04  alone       cy    2       sometimes yes     bit      completed
//   B4   8-11  03-04  alone       en    5->2    never     r_n_say no       (incomplete)
//   B5   8-11  03-10  alone       en    4       always    yes     yes      completed
//   B6   8-11  03-10  with help   en    5       sometimes yes     yes      completed
//   B7   8-11  03-10  alone->help en    1       never     no      no       completed (end: help)
//
// WB01  4-7: A1+ A2- A3+ A5- (A4 special)       = 4 answered, 2 positive, 50%, 1 special
//       8-11: B1+ B2+ B3- B4- (2 wins) B5+ B6+ B7- = 7 answered, 4 positive, 57.14%
//       all: 11 answered, 6 positive, 54.55%, 1 special
// TR03  4-7: + - - + +  = 5, 3, 60%;  8-11: + + - - + - - = 7, 3, 42.86%;  all: 12, 6, 50%
// TR01  4-7: not asked;  8-11: + - + (B4 special) + + - = 6, 4, 66.67%, 1 special; all: 6, 4
// HO01  4-7: + - + + (A5 retracted) = 4, 3, 75%;  8-11: + - - - + + - = 7, 3, 42.86%; all: 11, 6
//
// Threshold 3: nothing suppressed in the indicators. Threshold 5: WB01 4-7 (4) is small. Hiding
// 8-11 beside it is not enough: the age band table shows 8-11 has 7 responses, so 4-7 would be at
// least 11 - 7 = 4 of "fewer than 5", exactly 4. So the all-ages total is hidden instead ("hidden
// to protect a small group") and 8-11 is shown; HO01 likewise; TR03 (5, 7) shown; TR01 8-11 (6)
// shown. Threshold 7: TR01 total 6 < 7, hidden with its only band; TR03 4-7 (5) is small and 8-11
// hides with it (the age band table hides 8-11 too, so 8-11 may hold up to 12).
//   Old (one hidden cell at a time): WB01 and HO01 at 5 hid 8-11 and showed the total.
//
// Modes: alone 8 (A1-3, B1-5), with help 2 (B6, B7 by its end), read aloud 2 (A4, A5); total 12.
//   At 3: help and read aloud are small, and both "fewer than 3" with 4 between them would each
//   be exactly 2: alone is hidden too, to protect them (old: alone 8 shown).
// Languages: en 10, cy 2: cy small, so en is hidden too (secondary); total 12 shown.
// Surveys: s-4-7 5, s-8-11 7. Weeks (Monday): 2026-03-02: 9, 2026-03-09: 3.
// Completed 10 (A5 and B4 have no end). Days 2026-03-02 to 2026-03-10.
// Quality (scaled: happy, trust, bed; yes/no is not a scale): A4 and A5 have only 2 scaled real
//   answers, so 10 are checked. Positions (index from 0): A1 4,2,2 extreme; A2 0,0,0 extreme and
//   same; A3 3,1,2; B1 4,2,2 extreme; B2 3,2,1; B3 1,1,1 same; B4 1,0,0; B5 3,2,2; B6 4,1,2;
//   B7 0,0,0 extreme and same. allExtreme 4, samePosition 3, either 5.
#include "report/indicatorreport.h"
#include "support/reportframework.h"
#include "support/reportinputs.h"

#include <QTest>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

Survey survey(const QString &id, const QString &band)
{
    Survey s;
    s.id = id;
    s.version = 1;
    s.ageBand = band;
    Section section;
    section.id = u"main"_s;
    section.questions = {
        scaleQuestion(u"happy"_s, QuestionKind::Faces, faceCodes(), u"WB01"_s, { u"4"_s, u"5"_s }),
        scaleQuestion(u"trust"_s, QuestionKind::Frequency, frequencyCodes(), u"TR03"_s,
                      { u"always"_s }),
        scaleQuestion(u"mum"_s, QuestionKind::YesNo, { u"yes"_s, u"no"_s }, u"TR01"_s,
                      { u"yes"_s }),
        scaleQuestion(u"bed"_s, QuestionKind::Frequency, noBitYesCodes(), u"HO01"_s, { u"yes"_s }),
    };
    s.sections = { section };
    return s;
}

void happy(ResponseSet &set, const Child &c, int seq, const QString &code)
{
    answer(set, c, u"happy"_s, seq, { code }, { u"WB01"_s },
           code == u"4" || code == u"5" ? QStringList { u"WB01"_s } : QStringList());
}
void trust(ResponseSet &set, const Child &c, int seq, const QString &code)
{
    answer(set, c, u"trust"_s, seq, { code }, { u"TR03"_s },
           code == u"always" ? QStringList { u"TR03"_s } : QStringList());
}
void mum(ResponseSet &set, const Child &c, int seq, const QString &code)
{
    answer(set, c, u"mum"_s, seq, { code }, { u"TR01"_s },
           code == u"yes" ? QStringList { u"TR01"_s } : QStringList());
}
void bed(ResponseSet &set, const Child &c, int seq, const QString &code)
{
    answer(set, c, u"bed"_s, seq, { code }, { u"HO01"_s },
           code == u"yes" ? QStringList { u"HO01"_s } : QStringList());
}

ResponseSet fixture()
{
    ResponseSet set;
    const QDate mon(2026, 3, 2), wed(2026, 3, 4), tue(2026, 3, 10);
    auto a = [&](int n, const QString &mode = u"child_alone"_s) {
        return Child { sessionId(n), u"s-4-7"_s, u"4-7"_s, mon, mode, u"en"_s };
    };
    auto b = [&](int n, QDate day, const QString &lang = u"en"_s,
                 const QString &mode = u"child_alone"_s) {
        return Child { sessionId(100 + n), u"s-8-11"_s, u"8-11"_s, day, mode, lang };
    };
    const QList<std::tuple<int, QString, QString, QString>> simpleA {
        { 1, u"5"_s, u"always"_s, u"yes"_s },
        { 2, u"1"_s, u"never"_s, u"no"_s },
        { 3, u"4"_s, u"sometimes"_s, u"yes"_s },
    };
    for (const auto &[n, h, t, bd] : simpleA) {
        const Child c = a(n);
        happy(set, c, 1, h);
        trust(set, c, 2, t);
        bed(set, c, 3, bd);
        end(set, c);
    }
    const Child a4 = a(4, u"adult_read_aloud"_s);
    answer(set, a4, u"happy"_s, 1, {}, { u"WB01"_s }, {}, u"dont_know"_s);
    trust(set, a4, 2, u"always"_s);
    bed(set, a4, 3, u"yes"_s);
    end(set, a4);
    const Child a5 = a(5, u"adult_read_aloud"_s);
    happy(set, a5, 1, u"3"_s);
    trust(set, a5, 2, u"always"_s);
    answer(set, a5, u"bed"_s, 5, {}, { u"HO01"_s }, {}); // retraction arrives first ...
    bed(set, a5, 3, u"no"_s); // ... and the older answer must not win

    struct B
    {
        int n;
        QDate day;
        QString lang, happy, trust, mum, bed;
    };
    const QList<B> simpleB {
        { 1, wed, u"en"_s, u"5"_s, u"always"_s, u"yes"_s, u"yes"_s },
        { 2, wed, u"cy"_s, u"4"_s, u"always"_s, u"no"_s, u"bit"_s },
        { 3, wed, u"cy"_s, u"2"_s, u"sometimes"_s, u"yes"_s, u"bit"_s },
        { 5, tue, u"en"_s, u"4"_s, u"always"_s, u"yes"_s, u"yes"_s },
    };
    for (const B &x : simpleB) {
        const Child c = b(x.n, x.day, x.lang);
        happy(set, c, 1, x.happy);
        trust(set, c, 2, x.trust);
        mum(set, c, 3, x.mum);
        bed(set, c, 4, x.bed);
        end(set, c);
    }
    const Child b4 = b(4, wed);
    happy(set, b4, 6, u"2"_s); // the change arrives before the first answer
    happy(set, b4, 1, u"5"_s);
    trust(set, b4, 2, u"never"_s);
    answer(set, b4, u"mum"_s, 3, {}, { u"TR01"_s }, {}, u"rather_not_say"_s);
    bed(set, b4, 4, u"no"_s);
    const Child b6 = b(6, tue, u"en"_s, u"child_with_help"_s);
    happy(set, b6, 1, u"5"_s);
    trust(set, b6, 2, u"sometimes"_s);
    mum(set, b6, 3, u"yes"_s);
    bed(set, b6, 4, u"yes"_s);
    end(set, b6);
    const Child b7 = b(7, tue);
    happy(set, b7, 1, u"1"_s);
    trust(set, b7, 2, u"never"_s);
    mum(set, b7, 3, u"no"_s);
    bed(set, b7, 4, u"no"_s);
    end(set, b7, u"child_with_help"_s);
    return set;
}

IndicatorReport reportAt(int threshold)
{
    const Framework framework = reportFramework({ u"WB01"_s, u"TR01"_s, u"TR03"_s, u"HO01"_s });
    static const ResponseSet set = fixture();
    return IndicatorReport::compute(
        set, framework, { survey(u"s-4-7"_s, u"4-7"_s), survey(u"s-8-11"_s, u"8-11"_s) },
        Suppressor::create(threshold).value());
}

} // namespace

class TestIndicatorReport : public QObject
{
    Q_OBJECT

private slots:
    void totals()
    {
        const auto r = reportAt(3);
        QCOMPARE(r.responseCount(), 12);
        QCOMPARE(r.completedCount(), 10);
        QCOMPARE(r.firstDay(), QDate(2026, 3, 2));
        QCOMPARE(r.lastDay(), QDate(2026, 3, 10));
        QCOMPARE(r.bands(), (QStringList { u"4-7"_s, u"8-11"_s }));
        QCOMPARE(r.domains(),
                 (QStringList { u"wellbeing"_s, u"trusting_relationships"_s, u"home"_s }));
    }

    void cells_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<QString>("band"); // "all" for all ages
        QTest::addColumn<bool>("applies");
        QTest::addColumn<int>("respondents");
        QTest::addColumn<int>("positive");
        QTest::addColumn<int>("special");
        QTest::addColumn<double>("percent");
        QTest::addColumn<bool>("suppressed");
        auto row = [](int t, const char *ind, const char *band, bool applies, int n, int pos,
                      int special, double pct, bool sup) {
            QTest::addRow("t%d %s %s", t, ind, band)
                << t << QString::fromLatin1(ind) << QString::fromLatin1(band) << applies << n << pos
                << special << pct << sup;
        };
        row(3, "WB01", "4-7", true, 4, 2, 1, 50.0, false);
        row(3, "WB01", "8-11", true, 7, 4, 0, 400.0 / 7, false);
        row(3, "WB01", "all", true, 11, 6, 1, 600.0 / 11, false);
        row(3, "TR03", "4-7", true, 5, 3, 0, 60.0, false);
        row(3, "TR03", "8-11", true, 7, 3, 0, 300.0 / 7, false);
        row(3, "TR03", "all", true, 12, 6, 0, 50.0, false);
        row(3, "TR01", "4-7", false, 0, 0, 0, 0.0, false);
        row(3, "TR01", "8-11", true, 6, 4, 1, 400.0 / 6, false);
        row(3, "TR01", "all", true, 6, 4, 1, 400.0 / 6, false);
        row(3, "HO01", "4-7", true, 4, 3, 0, 75.0, false);
        row(3, "HO01", "8-11", true, 7, 3, 0, 300.0 / 7, false);
        row(3, "HO01", "all", true, 11, 6, 0, 600.0 / 11, false);
        // Threshold 5: primary and secondary suppression.
        row(5, "WB01", "4-7", true, 4, 2, 1, 50.0, true);
        row(5, "WB01", "8-11", true, 7, 4, 0, 400.0 / 7, false);
        row(5, "WB01", "all", true, 11, 6, 1, 600.0 / 11, true);
        row(5, "TR03", "4-7", true, 5, 3, 0, 60.0, false);
        row(5, "TR03", "8-11", true, 7, 3, 0, 300.0 / 7, false);
        row(5, "TR01", "8-11", true, 6, 4, 1, 400.0 / 6, false);
        row(5, "HO01", "4-7", true, 4, 3, 0, 75.0, true);
        row(5, "HO01", "8-11", true, 7, 3, 0, 300.0 / 7, false);
        row(5, "HO01", "all", true, 11, 6, 0, 600.0 / 11, true);
        // Threshold 7: TR01's only band and its total go.
        row(7, "TR01", "8-11", true, 6, 4, 1, 400.0 / 6, true);
        row(7, "TR01", "all", true, 6, 4, 1, 400.0 / 6, true);
        row(7, "TR03", "8-11", true, 7, 3, 0, 300.0 / 7, true); // 5 in 4-7 is small at 7
        row(7, "TR03", "all", true, 12, 6, 0, 50.0, false);
    }
    void cells()
    {
        QFETCH(int, threshold);
        QFETCH(QString, indicator);
        QFETCH(QString, band);
        const auto r = reportAt(threshold);
        const IndicatorReport::Row *row = r.row(indicator);
        QVERIFY(row);
        const IndicatorReport::Cell &c
            = band == u"all" ? row->all : row->bands.at(r.bands().indexOf(band));
        QTEST(c.applies, "applies");
        QTEST(c.respondents, "respondents");
        QTEST(c.positive, "positive");
        QTEST(c.special, "special");
        QTEST(c.percent(), "percent");
        QTEST(c.suppressed, "suppressed");
    }

    void countTables_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<QList<bool>>("suppressed");
        QTest::newRow("modes") << u"modes"_s
                               << QStringList { u"child_alone"_s, u"child_with_help"_s,
                                                u"adult_read_aloud"_s }
                               << QList<int> { 8, 2, 2 } << QList<bool> { true, true, true };
        QTest::newRow("languages") << u"languages"_s << QStringList { u"cy"_s, u"en"_s }
                                   << QList<int> { 2, 10 } << QList<bool> { true, true };
        QTest::newRow("surveys") << u"surveys"_s << QStringList { u"s-4-7"_s, u"s-8-11"_s }
                                 << QList<int> { 5, 7 } << QList<bool> { false, false };
        QTest::newRow("bands") << u"bands"_s << QStringList { u"4-7"_s, u"8-11"_s }
                               << QList<int> { 5, 7 } << QList<bool> { false, false };
        QTest::newRow("weeks") << u"weeks"_s << QStringList { u"2026-03-02"_s, u"2026-03-09"_s }
                               << QList<int> { 9, 3 } << QList<bool> { false, false };
    }
    void countTables()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, labels);
        QFETCH(QList<int>, counts);
        QFETCH(QList<bool>, suppressed);
        const auto r = reportAt(3);
        const IndicatorReport::CountTable &t = table == u"modes" ? r.modes()
            : table == u"languages"                              ? r.languages()
            : table == u"surveys"                                ? r.surveys()
            : table == u"bands"                                  ? r.byBand()
                                                                 : r.weeks();
        QCOMPARE(t.total, 12);
        QVERIFY(!t.totalSuppressed);
        QCOMPARE(t.rows.size(), labels.size());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QCOMPARE(t.rows.at(i).label, labels.at(i));
            QCOMPARE(t.rows.at(i).count, counts.at(i));
            QCOMPARE(t.rows.at(i).suppressed, suppressed.at(i));
        }
    }

    void quality()
    {
        const auto r = reportAt(3);
        QCOMPARE(r.quality().checked, 10);
        QCOMPARE(r.quality().allExtreme.count, 4);
        QCOMPARE(r.quality().samePosition.count, 3);
        QCOMPARE(r.quality().either.count, 5);
        QVERIFY(!r.quality().allExtreme.suppressed);
        const auto at5 = reportAt(5);
        QVERIFY(at5.quality().allExtreme.suppressed);
        QVERIFY(at5.quality().samePosition.suppressed);
        QVERIFY(!at5.quality().either.suppressed);
    }

    void specialsAreSmall()
    {
        const auto r = reportAt(3);
        QVERIFY(r.row(u"WB01"_s)->specialSuppressed); // 1 < 3
        QVERIFY(r.row(u"TR01"_s)->specialSuppressed);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorReport)
#include "tst_indicatorreport.moc"
