// IndicatorReport places each response on the definition of the very survey version it answered:
// version 2 adds a question ("sleep") and drops one ("trust"), so a response is checked for
// response styles (3 scaled answers) only when its own version's definition is used. An answer to
// a version no definition covers is named in Quality::unknownVersions, never placed elsewhere.
#include "report/indicatorreport.h"
#include "report/reporthtml.h"
#include "support/reportframework.h"
#include "support/reportinputs.h"

#include <QTest>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

// question id -> (indicator, choices)
const QHash<QString, std::pair<QString, QStringList>> Questions {
    { u"happy"_s, { u"WB01"_s, faceCodes() } },
    { u"trust"_s, { u"TR03"_s, frequencyCodes() } },
    { u"sleep"_s, { u"HO02"_s, frequencyCodes() } },
    { u"bed"_s, { u"HO01"_s, noBitYesCodes() } },
};

Survey survey(int version, const QStringList &questionIds)
{
    Survey s;
    s.id = u"s"_s;
    s.version = version;
    s.ageBand = u"8-11"_s;
    Section section;
    section.id = u"main"_s;
    for (const QString &id : questionIds) {
        const auto &[indicator, choices] = Questions.value(id);
        section.questions.append(
            scaleQuestion(id, QuestionKind::Frequency, choices, indicator, { choices.last() }));
    }
    s.sections = { section };
    return s;
}

QList<Survey> definitions()
{
    // Newest first, so a lookup by id alone would place version 1 answers on version 2.
    return { survey(2, { u"happy"_s, u"sleep"_s, u"bed"_s }),
             survey(1, { u"happy"_s, u"trust"_s, u"bed"_s }) };
}

/// One child's answers, "question=code" each, to version @p version of survey @p surveyId.
void respond(ResponseSet &set, int n, const QString &surveyId, int version,
             const QStringList &answers)
{
    Child c { sessionId(n), surveyId, u"8-11"_s, QDate(2026, 3, 2) };
    c.version = version;
    int sequence = 0;
    for (const QString &pair : answers) {
        const QString id = pair.section(u'=', 0, 0), code = pair.section(u'=', 1);
        const auto &[indicator, choices] = Questions.value(id);
        answer(set, c, id, ++sequence, { code }, { indicator },
               code == choices.last() ? QStringList { indicator } : QStringList());
    }
    end(set, c);
}

IndicatorReport compute(const ResponseSet &set)
{
    const Framework framework = reportFramework({ u"WB01"_s, u"TR03"_s, u"HO01"_s, u"HO02"_s });
    return IndicatorReport::compute(set, framework, definitions(), Suppressor::create(3).value());
}

} // namespace

class TestSurveyVersions : public QObject
{
    Q_OBJECT

private slots:
    void placedOnItsOwnVersion_data()
    {
        QTest::addColumn<QString>("surveyId");
        QTest::addColumn<int>("version");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<int>("checked");
        QTest::addColumn<int>("extreme");
        QTest::addColumn<QString>("unknown");

        QTest::newRow("v1 at the ends")
            << u"s"_s << 1 << QStringList { u"happy=5"_s, u"trust=always"_s, u"bed=yes"_s } << 1
            << 1 << QString();
        QTest::newRow("v2 with its new question at the ends")
            << u"s"_s << 2 << QStringList { u"happy=1"_s, u"sleep=never"_s, u"bed=no"_s } << 1 << 1
            << QString();
        QTest::newRow("v2 with its new question mid scale")
            << u"s"_s << 2 << QStringList { u"happy=3"_s, u"sleep=sometimes"_s, u"bed=bit"_s } << 1
            << 0 << QString();
        QTest::newRow("v3 has no definition")
            << u"s"_s << 3 << QStringList { u"happy=5"_s, u"sleep=always"_s, u"bed=yes"_s } << 0
            << 0 << u"s version 3"_s;
        QTest::newRow("unknown survey")
            << u"other"_s << 1 << QStringList { u"happy=5"_s, u"trust=always"_s, u"bed=yes"_s } << 0
            << 0 << u"other version 1"_s;
    }

    void placedOnItsOwnVersion()
    {
        QFETCH(QString, surveyId);
        QFETCH(int, version);
        QFETCH(QStringList, answers);
        QFETCH(int, checked);
        QFETCH(int, extreme);
        QFETCH(QString, unknown);

        ResponseSet set;
        respond(set, 1, surveyId, version, answers);
        const IndicatorReport report = compute(set);
        QCOMPARE(report.quality().checked, checked);
        QCOMPARE(report.quality().allExtreme.count, extreme);
        if (unknown.isEmpty()) {
            QVERIFY(report.quality().unknownVersions.isEmpty());
        } else {
            QCOMPARE(report.quality().unknownVersions.size(), 1);
            QCOMPARE(report.quality().unknownVersions.first().label, unknown);
            QCOMPARE(report.quality().unknownVersions.first().count, 1);
        }
    }

    /// Both versions in one round: each placed on its own; the unknown one counted and named.
    void mixedRound()
    {
        ResponseSet set;
        respond(set, 1, u"s"_s, 1, { u"happy=5"_s, u"trust=always"_s, u"bed=yes"_s });
        respond(set, 2, u"s"_s, 2, { u"happy=1"_s, u"sleep=never"_s, u"bed=no"_s });
        respond(set, 3, u"s"_s, 3, { u"happy=5"_s, u"sleep=always"_s, u"bed=yes"_s });
        respond(set, 4, u"s"_s, 3, { u"happy=2"_s, u"sleep=always"_s, u"bed=yes"_s });
        const IndicatorReport report = compute(set);
        QCOMPARE(report.responseCount(), 4);
        QCOMPARE(report.quality().checked, 2);
        QCOMPARE(report.quality().allExtreme.count, 2);
        QCOMPARE(report.quality().unknownVersions.size(), 1);
        QCOMPARE(report.quality().unknownVersions.first().count, 2);
        // The new question's indicator counts whatever the definitions: it comes with the answer.
        QCOMPARE(report.row(u"HO02"_s)->all.respondents, 3);

        const QString html = ReportHtml(report, ReportHtml::Target::Browser).laReport();
        QVERIFY(html.contains(u"no definition for: s version 3 (fewer than 3)"_s));
    }

    void noNoteWhenEveryVersionIsKnown()
    {
        ResponseSet set;
        respond(set, 1, u"s"_s, 2, { u"happy=1"_s, u"sleep=never"_s, u"bed=no"_s });
        const QString html = ReportHtml(compute(set), ReportHtml::Target::Browser).laReport();
        QVERIFY(!html.contains(u"no definition"_s));
    }
};

QTEST_GUILESS_MAIN(TestSurveyVersions)
#include "tst_surveyversions.moc"
