// The framework file and the rule that decides which indicators each survey's age band must carry.
#include "survey/framework.h"

#include <QTest>

using namespace heard;

class TestFramework : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheRealFramework();
    void appliesTo_data();
    void appliesTo();
    void indicatorCountsPerBand();
    void badCsv_data();
    void badCsv();
};

void TestFramework::loadsTheRealFramework()
{
    const auto framework = Framework::loadCsv(
        QStringLiteral(HEARD_SOURCE_DIR "/survey_definitions/framework/wellbeing-framework.csv"));
    QVERIFY(framework.ok());
    QCOMPARE(framework->indicators().size(), 47);
    QCOMPARE(framework->domains().size(), 6);
    QCOMPARE(framework->indicator(QStringLiteral("TR03"))->domain, QStringLiteral("trusting_relationships"));
    QVERIFY(!framework->indicator(QStringLiteral("XX01")));
}

void TestFramework::appliesTo_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("band");
    QTest::addColumn<bool>("applies");
    // 4-17: every children-in-care survey
    QTest::newRow("4-17 in 4-7") << "TR03" << "4-7" << true;
    QTest::newRow("4-17 in 8-11") << "TR03" << "8-11" << true;
    QTest::newRow("4-17 in 11-18") << "TR03" << "11-18" << true;
    QTest::newRow("4-17 not leaver") << "TR03" << "16-25" << false;
    // 8-17: 8-11 and 11-18
    QTest::newRow("8-17 not in 4-7") << "TR01" << "4-7" << false;
    QTest::newRow("8-17 in 8-11") << "TR01" << "8-11" << true;
    QTest::newRow("8-17 in 11-18") << "TR01" << "11-18" << true;
    // 11-17: only 11-18, although the 8-11 band reaches age 11
    QTest::newRow("11-17 not in 8-11") << "TR09" << "8-11" << false;
    QTest::newRow("11-17 in 11-18") << "TR09" << "11-18" << true;
    // care leavers
    QTest::newRow("leaver only") << "TR07" << "16-25" << true;
    QTest::newRow("leaver only not 11-18") << "TR07" << "11-18" << false;
    QTest::newRow("both") << "TR04" << "16-25" << true;
    QTest::newRow("unknown") << "ZZ01" << "4-7" << false;
}

void TestFramework::appliesTo()
{
    QFETCH(QString, indicator);
    QFETCH(QString, band);
    QFETCH(bool, applies);
    const auto framework = Framework::loadCsv(
        QStringLiteral(HEARD_SOURCE_DIR "/survey_definitions/framework/wellbeing-framework.csv"));
    QVERIFY(framework.ok());
    QCOMPARE(framework->appliesTo(indicator, band), applies);
}

void TestFramework::indicatorCountsPerBand()
{
    const auto framework = Framework::loadCsv(
        QStringLiteral(HEARD_SOURCE_DIR "/survey_definitions/framework/wellbeing-framework.csv"));
    QVERIFY(framework.ok());
    // Counted from the CSV's child_in_care_ages and care_leaver columns.
    QCOMPARE(framework->indicatorsFor(QStringLiteral("4-7")).size(), 11);
    QCOMPARE(framework->indicatorsFor(QStringLiteral("8-11")).size(), 11 + 13);
    QCOMPARE(framework->indicatorsFor(QStringLiteral("11-18")).size(), 11 + 13 + 13);
    QCOMPARE(framework->indicatorsFor(QStringLiteral("16-25")).size(), 30);
}

void TestFramework::badCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QByteArray header = "id,domain,indicator,child_in_care_ages,care_leaver\n";
    QTest::newRow("no header") << QByteArray("TR01,x,y,4-17,\n")
                               << "f.csv:1: expected the header \"id,domain,indicator,child_in_care_ages,care_leaver\"";
    QTest::newRow("too few fields") << header + "TR01,x,y\n" << "f.csv:2: expected 5 fields, found 3";
    QTest::newRow("bad ages") << header + "TR01,x,y,four,\n" << "f.csv:2: \"four\" is not an age range like 8-17";
    QTest::newRow("reversed ages") << header + "TR01,x,y,17-4,\n" << "f.csv:2: \"17-4\" is not an age range like 8-17";
    QTest::newRow("bad leaver") << header + "TR01,x,y,4-17,maybe\n" << "f.csv:2: care_leaver must be \"yes\" or empty";
    QTest::newRow("repeated id") << header + "TR01,x,y,4-17,\nTR01,x,z,4-17,\n"
                                 << "f.csv:3: missing or repeated indicator id \"TR01\"";
    QTest::newRow("empty") << header << "f.csv:2: no indicators";
}

void TestFramework::badCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const auto framework = Framework::parseCsv(csv, QStringLiteral("f.csv"));
    QVERIFY(!framework.ok());
    QCOMPARE(framework.error().message, message);
}

QTEST_GUILESS_MAIN(TestFramework)
#include "tst_framework.moc"
