// SurveyWriter: a survey opened and written again is the same survey, and a shipped definition
// comes back byte for byte, choice sets still named.
#include "survey/framework.h"
#include "survey/surveyloader.h"
#include "survey/surveywriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace heard;

namespace {

const QString sourceDir = QStringLiteral(HEARD_SOURCE_DIR);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The first line where two texts part, for a failure message worth reading.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i))
            return QStringLiteral("line %1: wrote \"%2\", expected \"%3\"")
                .arg(i + 1)
                .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(e.value(i)));
    }
    return QStringLiteral("no difference");
}

/// Where two surveys differ, coarsely: enough to start looking.
QString whereUnequal(const Survey &a, const Survey &b)
{
    if (a.choiceSets != b.choiceSets)
        return QStringLiteral("choice sets differ");
    for (const Question *q : a.questions()) {
        const Question *other = b.question(q->id);
        if (!other || !(*q == *other))
            return QStringLiteral("question \"%1\" differs").arg(q->id);
    }
    return QStringLiteral("top-level or section fields differ");
}

/// A small survey for age band 8-11 with one domain section holding @p questions.
QByteArray edgeSurvey(const QByteArray &questions, const QByteArray &languages = R"(["en"])",
                      const QByteArray &extraTop = {})
{
    return R"({"formatVersion": 1, "id": "edge-case", "version": 2, "ageBand": "8-11",
               "title": {"en": "Edge", "cy": "Ymyl", "ar": "حافة"},
               "languages": )"
        + languages + R"(, "estimatedMinutes": 5, )" + extraTop + R"(
               "sections": [{"id": "people", "domain": "trusting_relationships",
                             "title": {"en": "People", "cy": "Pobl", "ar": "ناس"},
                             "questions": [)"
        + questions + "]}]}";
}

/// Drops texts in languages the survey does not declare, so one helper serves every row.
QByteArray onlyDeclared(QByteArray json, const QByteArray &languages)
{
    if (!languages.contains("\"cy\""))
        json.replace(R"(, "cy": "Ymyl")", "").replace(R"(, "cy": "Pobl")", "");
    if (!languages.contains("\"ar\""))
        json.replace(R"(, "ar": "حافة")", "").replace(R"(, "ar": "ناس")", "");
    return json;
}

} // namespace

class TestSurveyWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedDefinitionsComeBackByteForByte_data();
    void shippedDefinitionsComeBackByteForByte();
    void aWrittenSurveyReadsBackEqual_data();
    void aWrittenSurveyReadsBackEqual();
    void choiceSetsKeepTheirNamesAndOrder();
    void equalityNoticesAChoiceSetName();

private:
    SurveyLoader::Outcome load(const QByteArray &json, const QString &assets = {}) const
    {
        return SurveyLoader(*m_framework, assets).load(json, QStringLiteral("edge.json"));
    }
    std::optional<Framework> m_framework;
};

void TestSurveyWriter::initTestCase()
{
    auto framework = Framework::loadCsv(
        sourceDir + QStringLiteral("/survey_definitions/framework/wellbeing-framework.csv"));
    QVERIFY(framework.ok());
    m_framework = framework.value();
}

void TestSurveyWriter::shippedDefinitionsComeBackByteForByte_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(sourceDir + QStringLiteral("/survey_definitions"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestSurveyWriter::shippedDefinitionsComeBackByteForByte()
{
    QFETCH(QString, path);
    const QByteArray original = readAll(path);
    QVERIFY(!original.isEmpty());
    const auto outcome
        = SurveyLoader(*m_framework, SurveyLoader::defaultAssetsDirFor(path)).load(original, path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.problems.value(0).toString()));

    const QByteArray written = SurveyWriter().write(*outcome.survey);
    QVERIFY2(written == original, qPrintable(firstDifference(written, original)));
    const auto again = load(written);
    QVERIFY(again.ok());
    QVERIFY2(*again.survey == *outcome.survey,
             qPrintable(whereUnequal(*again.survey, *outcome.survey)));
}

void TestSurveyWriter::aWrittenSurveyReadsBackEqual_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QString>("assets");
    QTest::addColumn<QList<QByteArray>>("written"); ///< fragments the output must hold

    const QByteArray en = R"(["en"])";
    const auto row
        = [](const char *name, const QByteArray &json, const QList<QByteArray> &written,
             const QString &assets = {}) { QTest::newRow(name) << json << assets << written; };

    row("withheld answers with reasons",
        onlyDeclared(edgeSurvey(R"({"id": "friend", "kind": "yes_no", "audio": "friend",
              "prompt": {"en": "Do you have a friend?"},
              "withhold": [{"answer": "skip", "reason": "asked again later on"},
                           {"answer": "dont_know", "reason": "everyone knows this"}]})"),
                     en),
        { R"("answer": "dont_know",
              "reason": "everyone knows this")",
          R"("answer": "skip",
              "reason": "asked again later on")" });
    row("show-if",
        onlyDeclared(
            edgeSurvey(R"({"id": "pet", "kind": "yes_no", "audio": "pet", "prompt": {"en": "Pet?"}},
             {"id": "pet_often", "kind": "frequency", "audio": "pet_often", "prompt": {"en": "How often?"},
              "showIf": {"question": "pet", "anyOf": ["yes"]},
              "choices": [{"code": "never", "label": {"en": "Never"}, "audio": "never"},
                          {"code": "sometimes", "label": {"en": "Sometimes"}, "audio": "sometimes"},
                          {"code": "always", "label": {"en": "Always"}, "audio": "always"}]})"),
            en),
        { R"("showIf": {
            "question": "pet",
            "anyOf": [
              "yes"
            ]
          },
          "choices": [)" });
    row("measures",
        onlyDeclared(
            edgeSurvey(
                R"({"id": "trust", "kind": "yes_no", "audio": "trust", "prompt": {"en": "Trust?"},
              "measures": [{"indicator": "TR03", "positive": ["yes"]},
                           {"indicator": "TR04", "positive": ["no", "yes"]}]})"),
            en),
        { R"("indicator": "TR04",
              "positive": [
                "no",
                "yes"
              ])" });
    row("ladder labels",
        onlyDeclared(
            edgeSurvey(
                R"({"id": "life", "kind": "ladder", "audio": "life", "prompt": {"en": "Life?"},
              "lowLabel": {"en": "Worst"}, "highLabel": {"en": "Best"},
              "measures": [{"indicator": "TR03", "positive": ["8", "9", "10"]}]})"),
            en),
        { R"("lowLabel": {
            "en": "Worst"
          },
          "highLabel": {
            "en": "Best"
          },
          "measures")" });
    row("free text limits",
        onlyDeclared(
            edgeSurvey(
                R"({"id": "one", "kind": "free_text", "audio": "one", "prompt": {"en": "One letter"},
              "reminder": {"en": "No names"}, "maxLength": 1},
             {"id": "long", "kind": "free_text", "audio": "long", "prompt": {"en": "Tell us"},
              "help": {"en": "Anything at all"}, "reminder": {"en": "No names, please"}, "maxLength": 2000})"),
            en),
        { "\"maxLength\": 1\n", "\"maxLength\": 2000\n" });
    row("info roles",
        onlyDeclared(
            edgeSurvey(
                R"({"id": "hi", "kind": "info", "role": "assent", "image": "pictures/hello.svg",
              "audio": "hi", "prompt": {"en": "Hello"}},
             {"id": "about", "kind": "info", "role": "intro", "audio": "about", "prompt": {"en": "About"}},
             {"id": "bye", "kind": "info", "role": "thanks", "audio": "bye", "prompt": {"en": "Thanks"}},
             {"id": "talk", "kind": "info", "role": "help", "audio": "talk", "prompt": {"en": "Talk to us"}})"),
            en),
        { "\"role\": \"assent\"", "\"role\": \"intro\"", "\"role\": \"thanks\"",
          "\"role\": \"help\"" });
    const QByteArray three = R"(["en", "cy", "ar"])";
    row("several languages in the survey's order",
        onlyDeclared(edgeSurvey(R"({"id": "q", "kind": "multiple_choice", "audio": "q",
              "prompt": {"ar": "ماذا تحب؟", "en": "What do you like?", "cy": "Beth wyt ti'n hoffi?"},
              "choices": [{"code": "music", "label": {"cy": "Cerddoriaeth", "ar": "موسيقى", "en": "Music"}, "audio": "music"},
                          {"code": "sport", "label": {"en": "Sport", "ar": "رياضة", "cy": "Chwaraeon"}, "audio": "sport"}]})",
                                three),
                     three),
        { R"("prompt": {
            "en": "What do you like?",
            "cy": "Beth wyt ti'n hoffi?",
            "ar": "ماذا تحب؟"
          })" });
    row("recorded audio list",
        onlyDeclared(edgeSurvey(R"({"id": "q", "kind": "yes_no", "audio": "q",
              "prompt": {"en": "Yes?", "cy": "Ie?"}})",
                                R"(["en", "cy"])", R"("recordedAudio": ["cy", "en"],)"),
                     R"(["en", "cy"])"),
        { R"("recordedAudio": [
    "cy",
    "en"
  ],)" });
    row("text that must be escaped",
        onlyDeclared(edgeSurvey(R"({"id": "q", "kind": "yes_no", "audio": "q",
              "prompt": {"en": "A \"quoted\" back\\slash, a\nnew line, a\ttab, \u0001, ŵ and 🙂"}})"),
                     en),
        { R"("en": "A \"quoted\" back\\slash, a\nnew line, a\ttab, \u0001, ŵ and 🙂")" });
    row("faces from a set, pictured choices listed",
        onlyDeclared(
            edgeSurvey(R"({"id": "mood", "kind": "faces", "points": 2, "choiceSet": "two_faces",
              "audio": "mood", "prompt": {"en": "Mood?"}},
             {"id": "pet", "kind": "single_choice", "audio": "pet", "prompt": {"en": "Pet?"},
              "choices": [{"code": "dog", "label": {"en": "Dog"}, "image": "pictures/dog.svg", "audio": "dog"},
                          {"code": "cat", "label": {"en": "Cat"}, "image": "pictures/cat.svg", "audio": "cat"}]})",
                       en, R"("choiceSets": {"two_faces": [
                 {"code": "sad", "label": {"en": "Sad"}, "image": "pictures/sad.svg", "audio": "sad"},
                 {"code": "happy", "label": {"en": "Happy"}, "image": "pictures/happy.svg", "audio": "happy"}]},)"),
            en),
        { "\"choiceSet\": \"two_faces\",\n          \"points\": 2\n", "\"two_faces\": [",
          "\"image\": \"pictures/cat.svg\"" });
    row("the loader's fixture, assets checked",
        readAll(sourceDir + QStringLiteral("/tests/survey/fixtures/survey_definitions/valid.json")),
        { "\"choiceSet\": \"faces3\"" },
        sourceDir + QStringLiteral("/tests/survey/fixtures/assets"));
}

void TestSurveyWriter::aWrittenSurveyReadsBackEqual()
{
    QFETCH(QByteArray, definition);
    QFETCH(QString, assets);
    QFETCH(QList<QByteArray>, written);

    const auto original = load(definition, assets);
    QVERIFY2(original.ok(), qPrintable(original.problems.value(0).toString()));
    const QByteArray bytes = SurveyWriter().write(*original.survey);
    for (const QByteArray &fragment : written)
        QVERIFY2(bytes.contains(fragment), bytes.constData());

    const auto again = load(bytes, assets);
    QVERIFY2(again.ok(),
             qPrintable(again.problems.value(0).toString() + QLatin1Char('\n')
                        + QString::fromUtf8(bytes)));
    QVERIFY2(*again.survey == *original.survey,
             qPrintable(whereUnequal(*again.survey, *original.survey)));
    // Writing is settled after one round: the written form is its own fixed point.
    QCOMPARE(SurveyWriter().write(*again.survey), bytes);
}

void TestSurveyWriter::choiceSetsKeepTheirNamesAndOrder()
{
    const QByteArray en = R"(["en"])";
    const QByteArray choices = R"([{"code": "no", "label": {"en": "No"}, "audio": "no"},
                                   {"code": "yes", "label": {"en": "Yes"}, "audio": "yes"}])";
    const auto loaded = load(onlyDeclared(
        edgeSurvey(
            R"({"id": "a", "kind": "multiple_choice", "choiceSet": "zeta", "audio": "a", "prompt": {"en": "A"}},
                      {"id": "b", "kind": "multiple_choice", "choiceSet": "zeta", "audio": "b", "prompt": {"en": "B"}})",
            en, R"("choiceSets": {"zeta": )" + choices + R"(, "alpha": )" + choices + "},"),
        en));
    QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
    const Survey &survey = *loaded.survey;

    QCOMPARE(survey.choiceSets.size(), 2);
    QCOMPARE(survey.choiceSets.at(0).name,
             QStringLiteral("zeta")); // the author's order, not sorted
    QCOMPARE(survey.choiceSets.at(1).name, QStringLiteral("alpha")); // kept though nothing uses it
    QCOMPARE(survey.question(QStringLiteral("a"))->choiceSet, QStringLiteral("zeta"));
    QCOMPARE(survey.question(QStringLiteral("b"))->choices,
             survey.choiceSet(QStringLiteral("zeta"))->choices);

    const QByteArray bytes = SurveyWriter().write(survey);
    QCOMPARE(bytes.count("\"choiceSet\": \"zeta\""), 2);
    QCOMPARE(bytes.count("\"code\": \"yes\""), 2); // once per set, never spelled out per question
    QVERIFY(bytes.indexOf("\"zeta\": [") < bytes.indexOf("\"alpha\": ["));
}

void TestSurveyWriter::equalityNoticesAChoiceSetName()
{
    const auto loaded
        = SurveyLoader(*m_framework, {})
              .loadFile(sourceDir + QStringLiteral("/survey_definitions/children-4-7.json"));
    QVERIFY(loaded.ok());
    Survey renamed = *loaded.survey;
    QVERIFY(renamed == *loaded.survey);
    renamed.choiceSets.first().name = QStringLiteral("renamed");
    QVERIFY(!(renamed == *loaded.survey));
}

QTEST_GUILESS_MAIN(TestSurveyWriter)
#include "tst_surveywriter.moc"
