// One table says what a question kind is (app/core/survey/questionkind.cpp). Every kind must
// round-trip through its code, have traits that make sense together, be listed in the authors'
// JSON Schema with the same rules, and be read by the loader as its row says.
#include "survey/framework.h"
#include "survey/questionkind.h"
#include "survey/survey.h"
#include "survey/surveyreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

const QString sourceDir = QStringLiteral(HEARD_SOURCE_DIR);

QJsonObject schema()
{
    QFile file(sourceDir + u"/survey_definitions/schema/survey.schema.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the schema");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject questionSchema()
{
    return schema()[u"$defs"_s].toObject()[u"question"_s].toObject();
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &v : array.toArray())
        result.append(v.toString());
    return result;
}

// The kinds an "if" clause of the schema's question rules applies to ("const" or "enum").
QStringList kindsOf(const QJsonObject &ifClause)
{
    const QJsonObject kind = ifClause[u"properties"_s].toObject()[u"kind"_s].toObject();
    if (kind.contains(u"const"_s))
        return { kind[u"const"_s].toString() };
    return strings(kind[u"enum"_s]);
}

// What the schema requires and forbids of one kind, gathered over its if/then/else rules.
struct SchemaRules
{
    QSet<QString> required;
    QSet<QString> forbidden;
    bool oneOfChoices = false; ///< exactly one of "choices" and "choiceSet"
};

void collect(const QJsonObject &clause, SchemaRules &rules)
{
    for (const QString &field : strings(clause[u"required"_s]))
        rules.required.insert(field);
    const QJsonObject no = clause[u"not"_s].toObject();
    for (const QString &field : strings(no[u"required"_s]))
        rules.forbidden.insert(field);
    for (const QJsonValue &alternative : no[u"anyOf"_s].toArray()) {
        for (const QString &field : strings(alternative.toObject()[u"required"_s]))
            rules.forbidden.insert(field);
    }
    QStringList oneOf;
    for (const QJsonValue &alternative : clause[u"oneOf"_s].toArray())
        oneOf += strings(alternative.toObject()[u"required"_s]);
    if (oneOf == QStringList { u"choices"_s, u"choiceSet"_s })
        rules.oneOfChoices = true;
}

SchemaRules schemaRulesFor(const QString &code)
{
    SchemaRules rules;
    for (const QJsonValue &rule : questionSchema()[u"allOf"_s].toArray()) {
        const QJsonObject r = rule.toObject();
        const bool applies = kindsOf(r[u"if"_s].toObject()).contains(code);
        collect(r[applies ? u"then"_s : u"else"_s].toObject(), rules);
    }
    return rules;
}

QJsonObject text(const QString &words)
{
    return QJsonObject { { u"en"_s, words } };
}

QJsonArray choices(int count, bool pictures)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        QJsonObject c { { u"code"_s, u"c%1"_s.arg(i) },
                        { u"label"_s, text(u"Choice %1"_s.arg(i)) },
                        { u"audio"_s, u"choice_%1"_s.arg(i) } };
        if (pictures)
            c[u"image"_s] = u"pictures/c%1.svg"_s.arg(i);
        list.append(c);
    }
    return list;
}

// The smallest question of @p kind its row allows, with @p count authored choices if it takes any.
QJsonObject minimalQuestion(QuestionKind kind, int count)
{
    const QuestionKindTraits &traits = questionKindTraits(kind);
    QJsonObject q { { u"id"_s, u"q"_s },
                    { u"kind"_s, questionKindCode(kind) },
                    { u"prompt"_s, text(u"Question?"_s) },
                    { u"audio"_s, u"q"_s } };
    if (traits.fields.role)
        q[u"role"_s] = u"intro"_s;
    if (traits.fields.points)
        q[u"points"_s] = count;
    if (traits.fields.endLabels) {
        q[u"lowLabel"_s] = text(u"Worst"_s);
        q[u"highLabel"_s] = text(u"Best"_s);
    }
    if (traits.fields.freeTextLimits) {
        q[u"reminder"_s] = text(u"No names, please."_s);
        q[u"maxLength"_s] = 100;
    }
    if (traits.choices == ChoiceSource::Authored)
        q[u"choices"_s] = choices(count, traits.choicesNeedPictures);
    return q;
}

QJsonObject surveyWith(const QJsonObject &question)
{
    const QJsonObject section { { u"id"_s, u"only"_s },
                                { u"title"_s, text(u"Only"_s) },
                                { u"questions"_s, QJsonArray { question } } };
    return { { u"formatVersion"_s, 1 },    { u"id"_s, u"kinds-8-11"_s },
             { u"version"_s, 1 },          { u"title"_s, text(u"Kinds"_s) },
             { u"ageBand"_s, u"8-11"_s },  { u"languages"_s, QJsonArray { u"en"_s } },
             { u"estimatedMinutes"_s, 5 }, { u"sections"_s, QJsonArray { section } } };
}

// A usable count of authored choices for @p kind (a valid number of face points for faces).
int fittingCount(const QuestionKindTraits &traits)
{
    return traits.fields.points ? 3 : traits.minChoices;
}

} // namespace

class TestQuestionKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void codeRoundTrips_data() { kindRows(); }
    void codeRoundTrips();
    void codesAreDistinct();
    void traitsAgree_data() { kindRows(); }
    void traitsAgree();

    void schemaListsKind_data() { kindRows(); }
    void schemaListsKind();
    void schemaNamesOnlyTableKinds();
    void schemaRulesMatchTraits_data() { kindRows(); }
    void schemaRulesMatchTraits();

    void readerBuildsChoicesFromTable_data() { kindRows(); }
    void readerBuildsChoicesFromTable();
    void readerEnforcesChoiceLimits_data() { authoredKindRows(); }
    void readerEnforcesChoiceLimits();
    void readerEnforcesPictures_data() { authoredKindRows(); }
    void readerEnforcesPictures();
    void readerAllowsMeasuresOnlyWhenScored_data() { kindRows(); }
    void readerAllowsMeasuresOnlyWhenScored();
    void readerAllowsWithholdOnlyWithSpecials_data() { kindRows(); }
    void readerAllowsWithholdOnlyWithSpecials();

private:
    static void kindRows();
    static void authoredKindRows(); // the kinds whose choices the author lists
    // Problems reading @p question as the only question of a survey, as "pointer: message".
    QStringList problemsReading(const QJsonObject &question, Survey *read = nullptr) const;

    std::optional<Framework> m_framework;
};

void TestQuestionKinds::initTestCase()
{
    auto framework = Framework::loadCsv(
        sourceDir + u"/survey_definitions/framework/wellbeing-framework.csv"_s);
    QVERIFY(framework.ok());
    m_framework = framework.value();
}

void TestQuestionKinds::kindRows()
{
    QTest::addColumn<QuestionKind>("kind");
    for (QuestionKind kind : allQuestionKinds())
        QTest::newRow(questionKindTraits(kind).code) << kind;
}

void TestQuestionKinds::authoredKindRows()
{
    QTest::addColumn<QuestionKind>("kind");
    for (QuestionKind kind : allQuestionKinds()) {
        if (questionKindTraits(kind).choices == ChoiceSource::Authored)
            QTest::newRow(questionKindTraits(kind).code) << kind;
    }
}

QStringList TestQuestionKinds::problemsReading(const QJsonObject &question, Survey *read) const
{
    SurveyProblems problems;
    SurveyReader reader(*m_framework, QString()); // no assets folder: files are not checked
    const std::optional<Survey> survey = reader.read(surveyWith(question), problems);
    if (survey && read)
        *read = *survey;
    QStringList lines;
    for (const SurveyProblem &p : problems)
        lines.append(p.pointer + u": "_s + p.message);
    return lines;
}

void TestQuestionKinds::codeRoundTrips()
{
    QFETCH(QuestionKind, kind);
    const QuestionKindTraits &traits = questionKindTraits(kind);
    QCOMPARE(traits.kind, kind);
    const QString code = questionKindCode(kind);
    QVERIFY2(QRegularExpression(u"^[a-z]+(_[a-z]+)*$"_s).match(code).hasMatch(), qPrintable(code));
    QCOMPARE(code, QString::fromLatin1(traits.code));
    QVERIFY(questionKindFromCode(code) == kind);
    QVERIFY(!questionKindFromCode(code.toUpper()));
}

void TestQuestionKinds::codesAreDistinct()
{
    QSet<QString> codes;
    QSet<QuestionKind> kinds;
    for (QuestionKind kind : allQuestionKinds()) {
        codes.insert(questionKindCode(kind));
        kinds.insert(kind);
    }
    QCOMPARE(codes.size(), qsizetype(allQuestionKinds().size()));
    QCOMPARE(kinds.size(), qsizetype(allQuestionKinds().size()));
    QVERIFY(!questionKindFromCode(u"slider"_s));
}

void TestQuestionKinds::traitsAgree()
{
    QFETCH(QuestionKind, kind);
    const QuestionKindTraits &t = questionKindTraits(kind);

    // Answer shape and choices.
    const bool choosing
        = t.answer == AnswerShape::OneChoice || t.answer == AnswerShape::ManyChoices;
    QCOMPARE(t.choices != ChoiceSource::None, choosing);
    QCOMPARE(t.speech == ChoiceSpeech::None, t.choices == ChoiceSource::None);
    QCOMPARE(t.speech == ChoiceSpeech::AuthorLabels, t.choices == ChoiceSource::Authored);
    const QStringList synthesised = synthesisedChoiceCodes(kind);
    QCOMPARE(!synthesised.isEmpty(),
             t.choices == ChoiceSource::Ladder || t.choices == ChoiceSource::YesNo);
    QCOMPARE(QSet<QString>(synthesised.cbegin(), synthesised.cend()).size(), synthesised.size());

    // Limits only where the author gives the choices, and a range that admits some count.
    if (t.choices == ChoiceSource::Authored) {
        QVERIFY2(t.minChoices >= 1, "an authored list needs a least count");
        QVERIFY2(t.maxChoices >= t.minChoices, "max must not be below min");
    } else {
        QCOMPARE(t.minChoices, 0);
        QCOMPARE(t.maxChoices, 0);
        QVERIFY2(!t.choicesNeedPictures, "only authored choices can need a picture");
        QVERIFY2(!t.fields.points, "points fix a count of authored choices");
    }

    // Scoring needs answer codes to count; the reasons are there exactly when a field is refused.
    if (t.scored)
        QVERIFY2(choosing, "only chosen codes can be positive for a measure");
    QCOMPARE(t.notScoredBecause == nullptr, t.scored);
    QCOMPARE(t.noSpecialAnswersBecause == nullptr, t.offersSpecialAnswers);
    if (t.offersSpecialAnswers)
        QVERIFY(t.answer != AnswerShape::None);
    if (t.responseScale != ResponseScale::None) {
        QCOMPARE(t.answer, AnswerShape::OneChoice);
        QVERIFY(t.scored);
    }

    // The Question helpers follow the row.
    Question q;
    q.kind = kind;
    QCOMPARE(q.isAnswerable(), t.answer != AnswerShape::None);
    for (SpecialAnswer special :
         { SpecialAnswer::DontKnow, SpecialAnswer::RatherNotSay, SpecialAnswer::Skip })
        QCOMPARE(q.offers(special), t.offersSpecialAnswers);
}

void TestQuestionKinds::schemaListsKind()
{
    QFETCH(QuestionKind, kind);
    const QStringList listed
        = strings(questionSchema()[u"properties"_s].toObject()[u"kind"_s].toObject()[u"enum"_s]);
    QVERIFY2(listed.contains(questionKindCode(kind)),
             qPrintable(u"survey.schema.json does not list kind %1"_s.arg(questionKindCode(kind))));
}

void TestQuestionKinds::schemaNamesOnlyTableKinds()
{
    const QJsonObject question = questionSchema();
    QStringList named
        = strings(question[u"properties"_s].toObject()[u"kind"_s].toObject()[u"enum"_s]);
    QCOMPARE(QSet<QString>(named.cbegin(), named.cend()).size(), named.size());
    QVERIFY(!named.isEmpty());
    // The conditional rules may name kinds too.
    for (const QJsonValue &rule : question[u"allOf"_s].toArray())
        named += kindsOf(rule.toObject()[u"if"_s].toObject());
    for (const QString &code : std::as_const(named))
        QVERIFY2(questionKindFromCode(code),
                 qPrintable(u"the schema names kind %1, which the table lacks"_s.arg(code)));
}

void TestQuestionKinds::schemaRulesMatchTraits()
{
    QFETCH(QuestionKind, kind);
    const QuestionKindTraits &t = questionKindTraits(kind);
    const SchemaRules rules = schemaRulesFor(questionKindCode(kind));

    auto only = [&](const QStringList &fields, bool has) {
        for (const QString &field : fields) {
            const QString why = u"%1: \"%2\" should be %3"_s.arg(
                questionKindCode(kind), field, has ? u"required"_s : u"forbidden"_s);
            QVERIFY2(rules.required.contains(field) == has, qPrintable(why));
            QVERIFY2(rules.forbidden.contains(field) == !has, qPrintable(why));
        }
    };
    only({ u"role"_s }, t.fields.role);
    only({ u"points"_s }, t.fields.points);
    only({ u"lowLabel"_s, u"highLabel"_s }, t.fields.endLabels);
    only({ u"reminder"_s, u"maxLength"_s }, t.fields.freeTextLimits);

    const bool authored = t.choices == ChoiceSource::Authored;
    QCOMPARE(rules.oneOfChoices, authored);
    QCOMPARE(rules.forbidden.contains(u"choices"_s), !authored);
    QCOMPARE(rules.forbidden.contains(u"choiceSet"_s), !authored);
    QCOMPARE(rules.forbidden.contains(u"measures"_s), !t.scored);
    QCOMPARE(rules.forbidden.contains(u"withhold"_s), !t.offersSpecialAnswers);
}

void TestQuestionKinds::readerBuildsChoicesFromTable()
{
    QFETCH(QuestionKind, kind);
    const QuestionKindTraits &t = questionKindTraits(kind);
    Survey survey;
    const QStringList problems = problemsReading(minimalQuestion(kind, fittingCount(t)), &survey);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const Question *q = survey.question(u"q"_s);
    QVERIFY(q);
    QCOMPARE(q->kind, kind);
    QStringList codes;
    for (const Choice &c : q->choices)
        codes.append(c.code);
    if (t.choices == ChoiceSource::Authored)
        QCOMPARE(int(codes.size()), fittingCount(t));
    else
        QCOMPARE(codes, synthesisedChoiceCodes(kind));

    // A kind that brings its own answers (or has none) refuses an author's list.
    if (t.choices != ChoiceSource::Authored) {
        QJsonObject withList = minimalQuestion(kind, 0);
        withList[u"choices"_s] = choices(2, true);
        const QString expected
            = u"/sections/0/questions/0/choices: \"choices\" is not allowed here: "
              "%1 questions bring their own answers"_s.arg(questionKindCode(kind));
        QVERIFY2(problemsReading(withList).contains(expected), qPrintable(expected));
    }
}

void TestQuestionKinds::readerEnforcesChoiceLimits()
{
    QFETCH(QuestionKind, kind);
    const QuestionKindTraits &t = questionKindTraits(kind);
    const QString where = u"/sections/0/questions/0/choices: "_s;

    if (t.fields.points) {
        // The points fix the count: every allowed size reads, a count that differs does not.
        for (int points = t.minChoices; points <= t.maxChoices; ++points) {
            if (points == 4)
                continue; // a face scale has 2, 3 or 5 points
            QVERIFY2(problemsReading(minimalQuestion(kind, points)).isEmpty(),
                     qPrintable(QString::number(points)));
        }
        QJsonObject mismatch = minimalQuestion(kind, 3);
        mismatch[u"choices"_s] = choices(2, t.choicesNeedPictures);
        QVERIFY(problemsReading(mismatch).contains(
            where + u"a 3-point face scale needs 3 choices, found 2"_s));
        return;
    }

    for (int count : { t.minChoices, t.maxChoices }) {
        const QStringList problems = problemsReading(minimalQuestion(kind, count));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    for (int count : { t.minChoices - 1, t.maxChoices + 1 }) {
        const QString expected = where
            + u"%1 questions take %2 to %3 choices, found %4"_s.arg(questionKindCode(kind))
                  .arg(t.minChoices)
                  .arg(t.maxChoices)
                  .arg(count);
        const QStringList problems = problemsReading(minimalQuestion(kind, count));
        QVERIFY2(problems.contains(expected), qPrintable(problems.join(u'\n')));
    }
}

void TestQuestionKinds::readerEnforcesPictures()
{
    QFETCH(QuestionKind, kind);
    const QuestionKindTraits &t = questionKindTraits(kind);
    QJsonObject question = minimalQuestion(kind, fittingCount(t));
    question[u"choices"_s] = choices(fittingCount(t), false);
    const QString expected
        = u"/sections/0/questions/0/choices/0: %1 choices need an \"image\""_s.arg(
            questionKindCode(kind));
    const QStringList problems = problemsReading(question);
    QCOMPARE(problems.contains(expected), t.choicesNeedPictures);
    if (!t.choicesNeedPictures)
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestQuestionKinds::readerAllowsMeasuresOnlyWhenScored()
{
    QFETCH(QuestionKind, kind);
    const QuestionKindTraits &t = questionKindTraits(kind);
    QJsonObject question = minimalQuestion(kind, fittingCount(t));
    question[u"measures"_s] = QJsonArray();
    const QStringList problems = problemsReading(question);
    if (t.scored) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        const QString expected
            = u"/sections/0/questions/0/measures: \"measures\" is not allowed here: "_s
            + QString::fromLatin1(t.notScoredBecause);
        QVERIFY2(problems.contains(expected), qPrintable(problems.join(u'\n')));
    }
}

void TestQuestionKinds::readerAllowsWithholdOnlyWithSpecials()
{
    QFETCH(QuestionKind, kind);
    const QuestionKindTraits &t = questionKindTraits(kind);
    QJsonObject question = minimalQuestion(kind, fittingCount(t));
    question[u"withhold"_s] = QJsonArray { QJsonObject {
        { u"answer"_s, u"skip"_s }, { u"reason"_s, u"every child can answer this"_s } } };
    Survey survey;
    const QStringList problems = problemsReading(question, &survey);
    if (t.offersSpecialAnswers) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const Question *q = survey.question(u"q"_s);
        QVERIFY(q);
        QVERIFY(!q->offers(SpecialAnswer::Skip));
        QVERIFY(q->offers(SpecialAnswer::DontKnow));
    } else {
        const QString expected
            = u"/sections/0/questions/0/withhold: \"withhold\" is not allowed here: "_s
            + QString::fromLatin1(t.noSpecialAnswersBecause);
        QVERIFY2(problems.contains(expected), qPrintable(problems.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestQuestionKinds)
#include "tst_questionkinds.moc"
