// The loader builds the model the session engine walks, and stays safe on hostile input.
#include "survey/framework.h"
#include "survey/jsonsourcemap.h"
#include "survey/surveyloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;

namespace {
const QString fixtureDir = QStringLiteral(HEARD_SOURCE_DIR "/tests/survey/fixtures");
}

class TestSurveyLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildsTheModel();
    void choicesAreSynthesisedForLadderAndYesNo();
    void specialAnswersOfferedUnlessWithheld();
    void sourceMapPositions_data();
    void sourceMapPositions();
    void hostileInput_data();
    void hostileInput();
    void oversizedFileRefused();
    void unreadableFileReported();

private:
    Survey loadValid() const;
    std::optional<Framework> m_framework;
};

void TestSurveyLoader::initTestCase()
{
    auto framework = Framework::loadCsv(
        QStringLiteral(HEARD_SOURCE_DIR "/survey_definitions/framework/wellbeing-framework.csv"));
    QVERIFY(framework.ok());
    m_framework = framework.value();
}

Survey TestSurveyLoader::loadValid() const
{
    const auto outcome = SurveyLoader(*m_framework, fixtureDir + QStringLiteral("/assets"))
                             .loadFile(fixtureDir + QStringLiteral("/survey_definitions/valid.json"));
    if (!outcome.ok())
        qFatal("valid fixture did not load: %s", qPrintable(outcome.problems.value(0).toString()));
    return *outcome.survey;
}

void TestSurveyLoader::buildsTheModel()
{
    const Survey survey = loadValid();
    QCOMPARE(survey.id, QStringLiteral("test-8-11"));
    QCOMPARE(survey.version, 3);
    QCOMPARE(survey.ageBand, QStringLiteral("8-11"));
    QCOMPARE(survey.languages, (QStringList{QStringLiteral("en"), QStringLiteral("cy")}));
    QCOMPARE(survey.defaultLanguage(), QStringLiteral("en"));
    QCOMPARE(survey.estimatedMinutes, 10);
    QCOMPARE(survey.sections.size(), 4);
    QCOMPARE(survey.sections.at(1).domain, QStringLiteral("trusting_relationships"));
    QCOMPARE(localized(survey.title, QStringLiteral("cy")), QStringLiteral("Arolwg prawf"));
    QCOMPARE(localized(survey.title, QStringLiteral("pl"), QStringLiteral("en")), QStringLiteral("Test survey"));

    const Question *hello = survey.question(QStringLiteral("hello"));
    QVERIFY(hello);
    QCOMPARE(hello->kind, QuestionKind::Info);
    QCOMPARE(hello->role, InfoRole::Assent);
    QCOMPARE(hello->image, QStringLiteral("pictures/hello.svg"));
    QVERIFY(!hello->isAnswerable());

    const Question *trust = survey.question(QStringLiteral("trust"));
    QCOMPARE(trust->kind, QuestionKind::Faces);
    QCOMPARE(trust->sectionId, QStringLiteral("relationships"));
    QCOMPARE(trust->points, 3);
    QCOMPARE(trust->choices.size(), 3); // from the choice set
    QCOMPARE(trust->choices.at(2).code, QStringLiteral("happy"));
    QCOMPARE(trust->choices.at(2).image, QStringLiteral("pictures/happy.svg"));
    QCOMPARE(trust->choices.at(2).audio, QStringLiteral("face_happy"));
    QCOMPARE(localized(trust->help, QStringLiteral("en")), QStringLiteral("The grown-ups at home."));
    QCOMPARE(trust->measures.size(), 1);
    QCOMPARE(trust->measures.at(0).indicator, QStringLiteral("TR03"));
    QCOMPARE(trust->measures.at(0).positiveCodes, QStringList{QStringLiteral("happy")});

    const Question *family = survey.question(QStringLiteral("see_family"));
    QCOMPARE(family->showIf.questionId, QStringLiteral("has_pet"));
    QCOMPARE(family->showIf.anyOf, QStringList{QStringLiteral("dog")});

    const Question *text = survey.question(QStringLiteral("anything_else"));
    QCOMPARE(text->kind, QuestionKind::FreeText);
    QCOMPARE(text->maxLength, 500);
    QCOMPARE(localized(text->reminder, QStringLiteral("cy")), QStringLiteral("Paid ag ysgrifennu enwau."));

    QCOMPARE(survey.questions().size(), 9);
    QCOMPARE(survey.indexOf(QStringLiteral("life")), 4);
    QCOMPARE(survey.indexOf(QStringLiteral("nope")), -1);
}

void TestSurveyLoader::choicesAreSynthesisedForLadderAndYesNo()
{
    const Survey survey = loadValid();
    const Question *ladder = survey.question(QStringLiteral("life"));
    QCOMPARE(ladder->choices.size(), 11);
    QCOMPARE(ladder->choices.first().code, QStringLiteral("0"));
    QCOMPARE(ladder->choices.last().code, QStringLiteral("10"));
    QCOMPARE(localized(ladder->highLabel, QStringLiteral("en")), QStringLiteral("Best"));
    const Question *yesNo = survey.question(QStringLiteral("see_family"));
    QCOMPARE(yesNo->choices.size(), 2);
    QVERIFY(yesNo->choice(QStringLiteral("yes")));
    QVERIFY(yesNo->choice(QStringLiteral("no")));
    QVERIFY(!yesNo->choice(QStringLiteral("maybe")));
}

void TestSurveyLoader::specialAnswersOfferedUnlessWithheld()
{
    const Survey survey = loadValid();
    const Question *trust = survey.question(QStringLiteral("trust"));
    QVERIFY(trust->offers(SpecialAnswer::DontKnow));
    QVERIFY(trust->offers(SpecialAnswer::RatherNotSay));
    QVERIFY(trust->offers(SpecialAnswer::Skip));
    const Question *family = survey.question(QStringLiteral("see_family"));
    QVERIFY(!family->offers(SpecialAnswer::DontKnow));
    QCOMPARE(family->withheld.value(SpecialAnswer::DontKnow), QStringLiteral("children always know this"));
    QVERIFY(family->offers(SpecialAnswer::Skip));
    QVERIFY(!survey.question(QStringLiteral("hello"))->offers(SpecialAnswer::Skip));
}

void TestSurveyLoader::sourceMapPositions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("root") << QByteArray("  {}") << "" << 1 << 3;
    QTest::newRow("member") << QByteArray("{\"a\": 1}") << "/a" << 1 << 7;
    QTest::newRow("array item") << QByteArray("{\"a\": [10,\n 20]}") << "/a/1" << 2 << 2;
    QTest::newRow("escaped slash and tilde") << QByteArray("{\"a/b~c\": true}") << "/a~1b~0c" << 1 << 11;
    QTest::newRow("unicode escape key") << QByteArray("{\"\\u00e9\": 1}") << QStringLiteral("/\u00e9") << 1 << 12;
    QTest::newRow("columns count characters") << QByteArray("{\"k\": \"\xc3\xa9\xc3\xa9\", \"b\": 2}") << "/b" << 1 << 18;
    QTest::newRow("missing falls back to parent") << QByteArray("{\"a\": {}}") << "/a/zzz" << 1 << 7;
}

void TestSurveyLoader::sourceMapPositions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonSourceMap map = JsonSourceMap::build(json);
    QCOMPARE(map.valuePosition(pointer).line, line);
    QCOMPARE(map.valuePosition(pointer).column, column);
}

void TestSurveyLoader::hostileInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "invalid JSON: illegal value";
    QTest::newRow("array at top") << QByteArray("[]") << "expected a JSON object at the top";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "invalid JSON: too deeply nested document";
    QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(3000) << "invalid JSON: too deeply nested document";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << "invalid JSON: illegal value";
    QTest::newRow("number as root") << QByteArray("42") << "invalid JSON: illegal value";
}

void TestSurveyLoader::hostileInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto outcome = SurveyLoader(*m_framework, QString()).load(json, QStringLiteral("x.json"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(outcome.problems.first().message, message);
}

void TestSurveyLoader::oversizedFileRefused()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(SurveyLoader::maxFileBytes + 1, ' '));
    file.close();
    const auto outcome = SurveyLoader(*m_framework, QString()).loadFile(file.fileName());
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.problems.first().message.startsWith(QStringLiteral("the file is 4194305 bytes")));
}

void TestSurveyLoader::unreadableFileReported()
{
    const auto outcome = SurveyLoader(*m_framework, QString()).loadFile(QStringLiteral("/nonexistent/s.json"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.problems.first().toString().left(34), QStringLiteral("/nonexistent/s.json:1:1: : cannot "));
}

QTEST_GUILESS_MAIN(TestSurveyLoader)
#include "tst_surveyloader.moc"
