// What a hidden cell says in the HTML report and the CSV: a small group reads "fewer than 5", a
// cell hidden only to protect one reads "hidden to protect a small group", never "fewer than 5"
// (it may stand for many children).
//
// Fixture: one indicator (WB01, 4-17) answered by every child. 4-7: 3 children (1 positive),
// 8-11: 20 (12 positive), 11-18: 30 (20 positive). At threshold 5, 4-7 is small; 8-11, the
// smallest other band, is hidden to protect it, in the indicator and in the age band table.
#include "report/indicatorreport.h"
#include "report/reportcsv.h"
#include "report/reporthtml.h"
#include "support/reportinputs.h"

#include <QTest>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

IndicatorReport report()
{
    const Framework framework
        = Framework::parseCsv("id,domain,indicator,child_in_care_ages,care_leaver\n"
                              "WB01,wellbeing,Happy yesterday,4-17,\n",
                              u"f.csv"_s)
              .value();
    ResponseSet set;
    int n = 1;
    const QList<std::tuple<QString, int, int>> bands
        = { { u"4-7"_s, 3, 1 }, { u"8-11"_s, 20, 12 }, { u"11-18"_s, 30, 20 } };
    for (const auto &[band, children, positive] : bands) {
        for (int i = 0; i < children; ++i) {
            const Child c { sessionId(n++), u"s-"_s + band, band, QDate(2026, 3, 2) };
            const bool yes = i < positive;
            answer(set, c, u"happy"_s, 1, { yes ? u"5"_s : u"1"_s }, { u"WB01"_s },
                   yes ? QStringList { u"WB01"_s } : QStringList());
            end(set, c);
        }
    }
    return IndicatorReport::compute(set, framework, {}, Suppressor::create(5).value());
}

} // namespace

class TestSuppressionWording : public QObject
{
    Q_OBJECT

private slots:
    void cellsKnowWhyTheyAreHidden()
    {
        const IndicatorReport r = report();
        QCOMPARE(r.bands(), (QStringList { u"4-7"_s, u"8-11"_s, u"11-18"_s }));
        const IndicatorReport::Row *row = r.row(u"WB01"_s);
        QVERIFY(row);
        QVERIFY(row->bands.at(0).suppressed);
        QVERIFY(!row->bands.at(0).protecting);
        QVERIFY(row->bands.at(1).suppressed);
        QVERIFY(row->bands.at(1).protecting);
        QVERIFY(!row->bands.at(2).suppressed);
        QVERIFY(!row->all.suppressed);
        QCOMPARE(r.byBand().rows.at(0).suppressed, true);
        QCOMPARE(r.byBand().rows.at(0).protecting, false);
        QCOMPARE(r.byBand().rows.at(1).protecting, true);
    }

    void html()
    {
        const QString html = ReportHtml(report(), ReportHtml::Target::Browser).laReport();
        // The indicator row: 4-7 small, 8-11 protecting, 11-18 and all ages shown.
        QVERIFY2(html.contains(u"<th scope=\"row\">Happy yesterday</th><td>fewer than 5</td>"
                               "<td>hidden to protect a small group</td><td>67% (20 of 30)</td>"
                               "<td>62% (33 of 53)</td>"_s),
                 qPrintable(html));
        // The age band table says the same.
        QVERIFY(html.contains(u"<th scope=\"row\">4-7</th><td class=\"n\">fewer than 5</td>"_s));
        QVERIFY(html.contains(
            u"<th scope=\"row\">8-11</th><td class=\"n\">hidden to protect a small group</td>"_s));
        // The protecting cell never claims to be small.
        QVERIFY(!html.contains(u"<th scope=\"row\">8-11</th><td class=\"n\">fewer than 5"_s));
        QVERIFY(html.contains(u"they read \"hidden to protect a small group\""_s));
    }

    void csv()
    {
        const QByteArray csv = ReportCsv::indicators(report());
        QVERIFY(csv.contains("suppressed,note\r\n"));
        QVERIFY2(csv.contains("WB01,wellbeing,Happy yesterday,4-7,,,,yes,fewer than 5\r\n"),
                 csv.constData());
        QVERIFY(csv.contains(
            "WB01,wellbeing,Happy yesterday,8-11,,,,yes,hidden to protect a small group\r\n"));
        QVERIFY(csv.contains("WB01,wellbeing,Happy yesterday,11-18,30,20,66.7,no,\r\n"));
        QVERIFY(csv.contains("WB01,wellbeing,Happy yesterday,all,53,33,62.3,no,\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSuppressionWording)
#include "tst_suppression_wording.moc"
