// Every kind of mistake an author can make in a definition, one row each: the exact JSON pointer
// and message, and the line and column of the text the problem must point at.
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QFile>
#include <QTest>

using namespace heard;

namespace {

const QString fixtureDir = QStringLiteral(HEARD_SOURCE_DIR "/tests/survey/fixtures");

QByteArray validText()
{
    QFile file(fixtureDir + QStringLiteral("/survey_definitions/valid.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the valid fixture");
    return file.readAll();
}

// Line and column (1-based, in characters) of the first occurrence of @p anchor.
QPair<int, int> positionOf(const QByteArray &text, const QByteArray &anchor)
{
    const qsizetype at = text.indexOf(anchor);
    if (at < 0)
        return {-1, -1};
    const QByteArray before = text.left(at);
    const int line = int(before.count('\n')) + 1;
    const QString lastLine = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1));
    return {line, int(lastLine.size()) + 1};
}

} // namespace

class TestSurveyValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validFixtureLoads();
    void problem_data();
    void problem();

private:
    std::optional<Framework> m_framework;
};

void TestSurveyValidator::initTestCase()
{
    auto framework = Framework::loadCsv(
        QStringLiteral(HEARD_SOURCE_DIR "/survey_definitions/framework/wellbeing-framework.csv"));
    QVERIFY2(framework.ok(), qPrintable(framework.ok() ? QString() : framework.error().message));
    m_framework = framework.value();
}

void TestSurveyValidator::validFixtureLoads()
{
    const auto outcome = SurveyLoader(*m_framework, fixtureDir + QStringLiteral("/assets"))
                             .load(validText(), QStringLiteral("valid.json"));
    for (const LoadProblem &p : outcome.problems)
        qWarning("%s", qPrintable(p.toString()));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.survey->questions().size(), 9);
}

void TestSurveyValidator::problem_data()
{
    QTest::addColumn<QByteArray>("find");
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("anchor"); // where in the changed text the problem must point

    auto row = [](const char *name, const char *find, const char *replace, const char *pointer,
                  const char *message, const char *anchor) {
        QTest::newRow(name) << QByteArray(find) << QByteArray(replace) << QString::fromUtf8(pointer)
                            << QString::fromUtf8(message) << QByteArray(anchor);
    };

    // JSON itself
    row("missing comma", "\"closing\",", "\"closing\"", "", "invalid JSON: unterminated object", "title\": {\"en\": \"Thank you\"");
    row("trailing comma", "\"version\": 3,", "\"version\": 3,,", "", "invalid JSON: unterminated object", "\n  \"title\"");
    row("not an object", "{\n  \"$schema\"", "[\n  \"$schema\"", "", "invalid JSON: missing value separator", "\"../../");
    row("duplicate field", "\"version\": 3,", "\"version\": 3, \"version\": 4,", "/version", "duplicate field \"version\"", "\"version\": 4");
    row("duplicate nested field", "\"audio\": \"trust\",", "\"audio\": \"trust\", \"audio\": \"trust2\",", "/sections/1/questions/0/audio", "duplicate field \"audio\"", "\"audio\": \"trust2\"");

    // Top level
    row("unknown top field", "\"version\": 3,", "\"version\": 3, \"colour\": \"red\",", "/colour", "unknown field \"colour\"", "\"colour\"");
    row("missing id", "\"id\": \"test-8-11\",", "", "", "missing required field \"id\"", "{");
    row("bad survey id", "\"test-8-11\"", "\"Test 8\"", "/id", "\"Test 8\" is not valid here: use lower-case letters, digits and -", "\"Test 8\"");
    row("format version", "\"formatVersion\": 1", "\"formatVersion\": 2", "/formatVersion", "2 is out of range: expected 1 to 1", "2,");
    row("version as string", "\"version\": 3", "\"version\": \"3\"", "/version", "expected a whole number, found a string", "\"3\"");
    row("version fraction", "\"version\": 3", "\"version\": 3.5", "/version", "expected a whole number, found a fraction", "3.5");
    row("unknown age band", "\"ageBand\": \"8-11\"", "\"ageBand\": \"9-12\"", "/ageBand", "unknown age band \"9-12\"; expected one of: 4-7, 8-11, 11-18, 16-25", "\"9-12\"");
    row("no languages", "\"languages\": [\"en\", \"cy\"]", "\"languages\": []", "/languages", "expected at least 1 item(s), found 0", "[]");
    row("repeated language", "\"languages\": [\"en\", \"cy\"]", "\"languages\": [\"en\", \"cy\", \"en\"]", "/languages/2", "language \"en\" is listed twice", "\"en\"]");
    row("bad language code", "\"languages\": [\"en\", \"cy\"]", "\"languages\": [\"en\", \"Welsh!\"]", "/languages/1", "expected a language code like \"en\" or \"cy\"", "\"Welsh!\"");
    row("recorded audio undeclared", "\"recordedAudio\": [\"en\"]", "\"recordedAudio\": [\"fr\"]", "/recordedAudio/0", "\"fr\" is not one of the survey's languages", "\"fr\"");
    row("minutes too many", "\"estimatedMinutes\": 10", "\"estimatedMinutes\": 90", "/estimatedMinutes", "90 is out of range: expected 1 to 60", "90");
    row("title wrong type", "\"title\": {\"en\": \"Test survey\", \"cy\": \"Arolwg prawf\"}", "\"title\": \"Test survey\"", "/title", "expected an object, found a string", "\"Test survey\"");
    row("missing welsh title", "\"title\": {\"en\": \"Test survey\", \"cy\": \"Arolwg prawf\"}", "\"title\": {\"en\": \"Test survey\"}", "/title", "missing text for language \"cy\"", "{\"en\": \"Test survey\"}");
    row("empty text", "\"cy\": \"Arolwg prawf\"", "\"cy\": \"  \"", "/title/cy", "the \"cy\" text is empty", "\"  \"");
    row("undeclared language text", "\"cy\": \"Helo!\"", "\"cy\": \"Helo!\", \"fr\": \"Salut!\"", "/sections/0/questions/0/prompt/fr", "language \"fr\" is not declared in /languages", "\"fr\"");
    row("missing sections", "\"sections\": [", "\"parts\": [", "", "missing required field \"sections\"", "{");

    // Sections
    row("duplicate section id", "\"id\": \"feelings\"", "\"id\": \"relationships\"", "/sections/2/id", "duplicate section id \"relationships\"", "\"relationships\",\n      \"domain\": \"wellbeing\"");
    row("unknown domain", "\"domain\": \"wellbeing\"", "\"domain\": \"happiness\"", "/sections/2/domain", "unknown domain \"happiness\"; expected one of: wellbeing, trusting_relationships, rights_in_and_leaving_care, home, opportunities, feelings", "\"happiness\"");
    row("section unknown field", "\"id\": \"closing\",", "\"id\": \"closing\", \"colour\": 3,", "/sections/3/colour", "unknown field \"colour\"", "\"colour\"");
    row("empty section", "\"title\": {\"en\": \"Thank you\", \"cy\": \"Diolch\"},\n      \"questions\": [", "\"title\": {\"en\": \"Thank you\", \"cy\": \"Diolch\"},\n      \"questions\": [], \"x\": [", "/sections/3/questions", "expected at least 1 item(s), found 0", "[], \"x\"");

    // Questions
    row("duplicate question id", "\"id\": \"often\"", "\"id\": \"life\"", "/sections/2/questions/1/id", "duplicate question id \"life\" (first at /sections/2/questions/0)", "\"life\", \"kind\": \"frequency\"");
    row("bad question id", "\"id\": \"has_pet\"", "\"id\": \"Has Pet\"", "/sections/1/questions/1/id", "\"Has Pet\" is not valid here: use 1-64 lower-case letters, digits and _", "\"Has Pet\"");
    row("unknown kind", "\"kind\": \"frequency\"", "\"kind\": \"slider\"", "/sections/2/questions/1/kind", "unknown kind \"slider\"; expected one of: single_choice, multiple_choice, faces, frequency, ladder, yes_no, free_text, info", "\"slider\"");
    row("missing prompt", "\"prompt\": {\"en\": \"How often?\", \"cy\": \"Pa mor aml?\"}, ", "", "/sections/2/questions/1", "missing required field \"prompt\"", "{\"id\": \"often\"");
    row("missing audio key", "\"audio\": \"life\",", "", "/sections/2/questions/0", "missing required field \"audio\"", "{\"id\": \"life\"");
    row("bad audio key", "\"audio\": \"life\"", "\"audio\": \"Life Q\"", "/sections/2/questions/0/audio", "\"Life Q\" is not valid here: use lower-case letters, digits, _ and -", "\"Life Q\"");
    row("unknown question field", "\"id\": \"life\",", "\"id\": \"life\", \"colour\": true,", "/sections/2/questions/0/colour", "unknown field \"colour\"", "\"colour\"");
    row("info without role", "\"kind\": \"info\", \"role\": \"thanks\",", "\"kind\": \"info\",", "/sections/3/questions/0", "missing required field \"role\"", "{\"id\": \"thanks\"");
    row("unknown role", "\"role\": \"thanks\"", "\"role\": \"goodbye\"", "/sections/3/questions/0/role", "unknown role \"goodbye\"; expected one of: assent, intro, thanks, help", "\"goodbye\"");
    row("assent without image", "\"role\": \"assent\", \"image\": \"pictures/hello.svg\",", "\"role\": \"assent\",", "/sections/0/questions/0", "an assent screen needs an \"image\"", "{\"id\": \"hello\"");
    row("role on a question", "\"id\": \"life\",", "\"id\": \"life\", \"role\": \"intro\",", "/sections/2/questions/0/role", "\"role\" is not allowed here: only info screens have a role", "\"role\": \"intro\"");
    row("faces with 4 points", "\"points\": 3", "\"points\": 4", "/sections/1/questions/0/points", "a face scale has 2, 3 or 5 points", "4,");
    row("faces count mismatch", "\"points\": 3", "\"points\": 5", "/sections/1/questions/0/choiceSet", "a 5-point face scale needs 5 choices, found 3", "\"faces3\",\n         \"prompt\"");
    row("points on ladder", "\"kind\": \"ladder\",", "\"kind\": \"ladder\", \"points\": 3,", "/sections/2/questions/0/points", "\"points\" is not allowed here: only faces questions have points", "\"points\": 3,\n");
    row("ladder without low label", "\"lowLabel\": {\"en\": \"Worst\", \"cy\": \"Gwaethaf\"}, ", "", "/sections/2/questions/0", "missing required field \"lowLabel\"", "{\"id\": \"life\"");
    row("choices on yes_no", "\"kind\": \"yes_no\",", "\"kind\": \"yes_no\", \"choiceSet\": \"faces3\",", "/sections/1/questions/2/choiceSet", "\"choiceSet\" is not allowed here: yes_no questions bring their own answers", "\"choiceSet\": \"faces3\",\n         \"prompt\": {\"en\": \"Do you see");
    row("both choices and set", "\"kind\": \"single_choice\",", "\"kind\": \"single_choice\", \"choiceSet\": \"faces3\",", "/sections/1/questions/1", "give exactly one of \"choices\" and \"choiceSet\"", "{\"id\": \"has_pet\"");
    // An unused set is checked too, as the schema checks it: the writer keeps it.
    row("bad code in an unused choice set", "\"choiceSets\": {", "\"choiceSets\": {\"spare\": [{\"code\": \"Bad Code\", \"label\": {\"en\": \"Cat\", \"cy\": \"Cath\"}, \"audio\": \"cat\"}],", "/choiceSets/spare/0/code", "\"Bad Code\" is not valid here: use 1-64 lower-case letters, digits and _", "\"Bad Code\"");
    row("unknown choice set", "\"choiceSet\": \"faces3\"", "\"choiceSet\": \"faces9\"", "/sections/1/questions/0/choiceSet", "unknown choice set \"faces9\"", "\"faces9\"");
    row("too few frequency choices", "{\"code\": \"sometimes\", \"label\": {\"en\": \"Sometimes\", \"cy\": \"Weithiau\"}, \"audio\": \"sometimes\"},", "", "/sections/2/questions/1/choices", "frequency questions take 3 to 5 choices, found 2", "[\n           {\"code\": \"never\"");
    row("pictured choice without image", "\"image\": \"pictures/dog.svg\", ", "", "/sections/1/questions/1/choices/0", "single_choice choices need an \"image\"", "{\"code\": \"dog\"");
    row("duplicate choice code", "\"code\": \"cat\"", "\"code\": \"dog\"", "/sections/1/questions/1/choices/1/code", "duplicate choice code \"dog\"", "\"dog\", \"label\": {\"en\": \"Cat\"");
    row("special code as choice", "\"code\": \"music\"", "\"code\": \"skip\"", "/sections/2/questions/2/choices/1/code", "\"skip\" is a special answer every question already offers", "\"skip\"");
    row("image path escapes assets", "\"image\": \"pictures/cat.svg\"", "\"image\": \"../secret.svg\"", "/sections/1/questions/1/choices/1/image", "\"../secret.svg\" is not valid here: give a path under assets/ ending in .svg or .png, like pictures/faces/happy.svg", "\"../secret.svg\"");
    row("missing image file", "\"image\": \"pictures/cat.svg\"", "\"image\": \"pictures/cow.svg\"", "/sections/1/questions/1/choices/1/image", "image file not found: assets/pictures/cow.svg", "\"pictures/cow.svg\"");
    row("missing audio file", "\"audio\": \"life\"", "\"audio\": \"life_story\"", "/sections/2/questions/0/audio", "audio file not found: assets/audio/en/life_story.wav (the survey claims a recorded en pack)", "\"life_story\"");
    row("free text without reminder", "\"reminder\": {\"en\": \"Please don't write names.\", \"cy\": \"Paid ag ysgrifennu enwau.\"},", "", "/sections/2/questions/3", "missing required field \"reminder\"", "{\"id\": \"anything_else\"");
    row("free text too long", "\"maxLength\": 500", "\"maxLength\": 50000", "/sections/2/questions/3/maxLength", "50000 is out of range: expected 1 to 2000", "50000");
    row("free text measured", "\"maxLength\": 500", "\"maxLength\": 500, \"measures\": []", "/sections/2/questions/3/measures", "\"measures\" is not allowed here: free text is read by people, not counted", "\"measures\": []");

    // Measures and the framework
    row("indicator not in framework", "\"TR03\"", "\"TR99\"", "/sections/1/questions/0/measures/0/indicator", "indicator \"TR99\" is not in the framework", "\"TR99\"");
    row("indicator not for age band", "\"TR01\"", "\"TR09\"", "/sections/1/questions/2/measures/0/indicator", "the framework does not list indicator \"TR09\" for age band 8-11", "\"TR09\"");
    row("indicator in wrong domain", "\"WB01\"", "\"TR04\"", "/sections/2/questions/0/measures/0/indicator", "indicator \"TR04\" belongs to domain trusting_relationships, not to this section's wellbeing", "\"TR04\"");
    row("positive not a choice", "\"positive\": [\"happy\"]", "\"positive\": [\"joyful\"]", "/sections/1/questions/0/measures/0/positive/0", "positive answer \"joyful\" is not a choice of this question; choices: sad, ok, happy", "\"joyful\"");
    row("ladder positive out of range", "\"positive\": [\"7\", \"8\", \"9\", \"10\"]", "\"positive\": [\"7\", \"11\"]", "/sections/2/questions/0/measures/0/positive/1", "positive answer \"11\" is not a choice of this question; choices: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10", "\"11\"");
    row("no positive answers", "\"positive\": [\"yes\"]", "\"positive\": []", "/sections/1/questions/2/measures/0/positive", "expected at least 1 item(s), found 0", "[]}]");
    row("measure unknown field", "{\"indicator\": \"TR03\",", "{\"indicator\": \"TR03\", \"weight\": 2,", "/sections/1/questions/0/measures/0/weight", "unknown field \"weight\"", "\"weight\"");

    // Conditions
    row("show-if unknown question", "\"question\": \"has_pet\"", "\"question\": \"has_dog\"", "/sections/1/questions/2/showIf/question", "show-if names unknown question \"has_dog\"", "\"has_dog\"");
    row("show-if later question", "\"question\": \"has_pet\"", "\"question\": \"life\"", "/sections/1/questions/2/showIf/question", "show-if names question \"life\", which comes later; a condition can only look back", "\"life\", \"anyOf\"");
    row("show-if on itself", "\"question\": \"has_pet\"", "\"question\": \"see_family\"", "/sections/1/questions/2/showIf/question", "a question cannot depend on itself", "\"see_family\", \"anyOf\"");
    row("show-if unknown code", "\"anyOf\": [\"dog\"]", "\"anyOf\": [\"horse\"]", "/sections/1/questions/2/showIf/anyOf/0", "\"horse\" is not a choice of question \"has_pet\"; choices: dog, cat", "\"horse\"");
    row("show-if on info screen", "\"question\": \"has_pet\"", "\"question\": \"hello\"", "/sections/1/questions/2/showIf/question", "show-if names \"hello\", an information screen with no answers", "\"hello\", \"anyOf\"");

    // Special answers
    row("withhold unknown answer", "\"answer\": \"dont_know\"", "\"answer\": \"maybe\"", "/sections/1/questions/2/withhold/0/answer", "unknown special answer \"maybe\"; expected one of: dont_know, rather_not_say, skip", "\"maybe\"");
    row("withhold without reason", "\"reason\": \"children always know this\"", "\"reason\": \"\"", "/sections/1/questions/2/withhold/0/reason", "say why this answer is withheld, in a few words", "\"\"}");
    row("withhold missing reason", ", \"reason\": \"children always know this\"", "", "/sections/1/questions/2/withhold/0", "missing required field \"reason\"", "{\"answer\"");
}

void TestSurveyValidator::problem()
{
    QFETCH(QByteArray, find);
    QFETCH(QByteArray, replace);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    QFETCH(QByteArray, anchor);

    QByteArray text = validText();
    QVERIFY2(text.contains(find), "the row's find text must occur in the fixture");
    text.replace(text.indexOf(find), find.size(), replace);
    const auto expected = positionOf(text, anchor);
    QVERIFY2(expected.first > 0, "the row's anchor must occur in the changed text");

    const auto outcome = SurveyLoader(*m_framework, fixtureDir + QStringLiteral("/assets"))
                             .load(text, QStringLiteral("case.json"));
    QVERIFY(!outcome.ok());
    QStringList all;
    const LoadProblem *match = nullptr;
    for (const LoadProblem &p : outcome.problems) {
        all.append(p.toString());
        if (p.pointer == pointer && p.message == message)
            match = &p;
    }
    QVERIFY2(match, qPrintable(QStringLiteral("not reported; got:\n") + all.join(QLatin1Char('\n'))));
    QCOMPARE(match->file, QStringLiteral("case.json"));
    QCOMPARE(match->line, expected.first);
    QCOMPARE(match->column, expected.second);
}

QTEST_GUILESS_MAIN(TestSurveyValidator)
#include "tst_surveyvalidator.moc"
