// Drives every real survey in survey_definitions/ through the session engine along several answer
// paths and checks the outcome against an independent reading of show-if.
#include "session/memoryanswersink.h"
#include "session/sessionengine.h"
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace heard;
using heard::MemoryAnswerSink;

namespace {

enum class Path { First, Last, Special, Random, StopHalfway, TimeOutHalfway };

const QString sourceDir = QStringLiteral(HEARD_SOURCE_DIR);

QStringList codesOf(const Question &q)
{
    QStringList codes;
    for (const Choice &c : q.choices)
        codes.append(c.code);
    if (codes.isEmpty() && q.kind == QuestionKind::YesNo)
        codes = QStringList { QStringLiteral("yes"), QStringLiteral("no") };
    if (codes.isEmpty() && q.kind == QuestionKind::Ladder) {
        for (int i = 0; i <= 10; ++i)
            codes.append(QString::number(i));
    }
    return codes;
}

// Our own reading of the format's show-if, independent of the engine: a question is shown when
// the named question is shown and its answer (not a special one) has one of the codes.
QSet<QString> shownGiven(const Survey &survey, const QHash<QString, AnswerRecord> &answers)
{
    QSet<QString> shown;
    for (const Question *q : survey.questions()) {
        if (q->showIf.isSet()) {
            if (!shown.contains(q->showIf.questionId))
                continue;
            const auto it = answers.constFind(q->showIf.questionId);
            if (it == answers.constEnd() || it->special)
                continue;
            bool any = false;
            for (const QString &code : it->codes)
                any = any || q->showIf.anyOf.contains(code);
            if (!any)
                continue;
        }
        shown.insert(q->id);
    }
    return shown;
}

QHash<QString, AnswerRecord> answerMap(const SessionEngine &engine)
{
    QHash<QString, AnswerRecord> map;
    const QList<AnswerRecord> all = engine.answers();
    for (const AnswerRecord &r : all)
        map.insert(r.questionId, r);
    return map;
}

bool fits(const Question &q, const AnswerRecord &r)
{
    if (r.special)
        return r.codes.isEmpty() && r.freeText.isEmpty() && q.offers(*r.special);
    if (q.kind == QuestionKind::FreeText)
        return r.codes.isEmpty() && !r.freeText.isEmpty() && r.freeText.size() <= q.maxLength;
    const QStringList known = codesOf(q);
    if (r.codes.isEmpty() || !r.freeText.isEmpty())
        return false;
    if (q.kind != QuestionKind::MultipleChoice && r.codes.size() != 1)
        return false;
    for (const QString &code : r.codes) {
        if (!known.contains(code))
            return false;
    }
    return QSet<QString>(r.codes.cbegin(), r.codes.cend()).size() == r.codes.size();
}

} // namespace

Q_DECLARE_METATYPE(Path)

class TestSessionAllSurveys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walk_data();
    void walk();
    void cleanupTestCase();

private:
    Result<void> answer(SessionEngine &engine, Path path, QRandomGenerator &rng, int specialIndex);

    QMap<QString, Survey> m_surveys; // file name -> survey
    // Over a full run, the paths must really exercise show-if both ways and answer changes.
    int m_rows = 0;
    int m_conditionalShown = 0;
    int m_conditionalHidden = 0;
    int m_retractions = 0;
};

void TestSessionAllSurveys::initTestCase()
{
    const Result<Framework> framework = Framework::loadCsv(
        sourceDir + QStringLiteral("/survey_definitions/framework/wellbeing-framework.csv"));
    QVERIFY2(framework.ok(), framework.ok() ? "" : qPrintable(framework.error().message));
    const SurveyLoader loader(framework.value(), sourceDir + QStringLiteral("/assets"));
    const QDir dir(sourceDir + QStringLiteral("/survey_definitions"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no survey definitions found");
    for (const QString &file : files) {
        const SurveyLoader::Outcome out = loader.loadFile(dir.filePath(file));
        QStringList problems;
        for (const LoadProblem &p : out.problems)
            problems.append(p.toString());
        QVERIFY2(out.survey.has_value(), qPrintable(problems.join(u'\n')));
        m_surveys.insert(file, *out.survey);
    }
}

void TestSessionAllSurveys::walk_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Path>("path");
    QTest::addColumn<int>("seed"); // the random seed, or which special answer

    const QDir dir(sourceDir + QStringLiteral("/survey_definitions"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QByteArray f = file.toUtf8();
        QTest::addRow("%s first", f.constData()) << file << Path::First << 0;
        QTest::addRow("%s last", f.constData()) << file << Path::Last << 0;
        for (int s = 0; s < 3; ++s) {
            QTest::addRow("%s special %d", f.constData(), s) << file << Path::Special << s;
        }
        for (int seed = 1; seed <= 20; ++seed) {
            QTest::addRow("%s random %d", f.constData(), seed) << file << Path::Random << seed;
        }
        QTest::addRow("%s stop halfway", f.constData()) << file << Path::StopHalfway << 0;
        QTest::addRow("%s time out halfway", f.constData()) << file << Path::TimeOutHalfway << 0;
    }
}

Result<void> TestSessionAllSurveys::answer(SessionEngine &engine, Path path, QRandomGenerator &rng,
                                           int specialIndex)
{
    const Question &q = *engine.current();
    if (!q.isAnswerable())
        return engine.next();
    const QList<SpecialAnswer> specials { SpecialAnswer::DontKnow, SpecialAnswer::RatherNotSay,
                                          SpecialAnswer::Skip };
    if (path == Path::Special) {
        // The chosen special answer, or the next one the question offers.
        for (int i = 0; i < 3; ++i) {
            const SpecialAnswer s = specials.at((specialIndex + i) % 3);
            if (q.offers(s))
                return engine.answerSpecial(s);
        }
    }
    const QStringList codes = codesOf(q);
    bool last = path == Path::Last;
    if (path == Path::Random) {
        const int pick = int(rng.bounded(5));
        if (pick == 0) {
            const SpecialAnswer s = specials.at(int(rng.bounded(3)));
            if (q.offers(s))
                return engine.answerSpecial(s);
        }
        last = pick >= 3;
    }
    switch (q.kind) {
    case QuestionKind::FreeText:
        return engine.answerText(last ? QString(q.maxLength, u'x') : QStringLiteral("some words"));
    case QuestionKind::MultipleChoice:
        if (path == Path::Random) {
            QStringList some;
            for (const QString &code : codes) {
                if (rng.bounded(2))
                    some.append(code);
            }
            if (some.isEmpty())
                some.append(codes.at(int(rng.bounded(int(codes.size())))));
            return engine.answerChoices(some);
        }
        return engine.answerChoices(last ? codes : QStringList { codes.first() });
    default:
        if (path == Path::Random)
            return engine.answerChoice(codes.at(int(rng.bounded(int(codes.size())))));
        return engine.answerChoice(last ? codes.last() : codes.first());
    }
}

void TestSessionAllSurveys::walk()
{
    QFETCH(QString, file);
    QFETCH(Path, path);
    QFETCH(int, seed);
    QVERIFY(m_surveys.contains(file));
    const Survey &survey = m_surveys[file];

    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    info.surveyId = survey.id;
    info.surveyVersion = survey.version;
    info.ageBand = survey.ageBand;
    info.language = survey.defaultLanguage();
    MemoryAnswerSink sink;
    SessionEngine engine(survey, info, {}, sink);

    // Every screen shown must have its condition hold at the moment it is shown.
    bool honoured = true;
    QString offender;
    connect(&engine, &SessionEngine::currentChanged, &engine, [&](const Question *q) {
        if (q && !shownGiven(survey, answerMap(engine)).contains(q->id)) {
            honoured = false;
            offender = q->id;
        }
    });

    QRandomGenerator rng { quint32(seed) };
    QVERIFY(engine.start().ok());
    const bool stopping = path == Path::StopHalfway || path == Path::TimeOutHalfway;
    int backs = 0;
    int guard = 0;
    while (engine.state() == SessionEngine::State::InProgress) {
        QVERIFY2(++guard < 10000, "the walk does not end");
        if (stopping && engine.position() * 2 >= engine.expectedTotal()) {
            QVERIFY(engine
                        .stop(path == Path::StopHalfway ? SessionOutcome::Stopped
                                                        : SessionOutcome::TimedOut)
                        .ok());
            break;
        }
        // Random paths sometimes go back and change earlier answers, hiding and revealing.
        if (path == Path::Random && backs < 30 && engine.canGoBack() && rng.bounded(6) == 0) {
            ++backs;
            const int steps = 1 + int(rng.bounded(3));
            for (int i = 0; i < steps && engine.canGoBack(); ++i)
                QVERIFY(engine.back().ok());
        }
        QVERIFY(engine.position() >= 1);
        QVERIFY(engine.position() <= engine.expectedTotal());
        const QString id = engine.current()->id;
        const Result<void> r = answer(engine, path, rng, seed);
        QVERIFY2(r.ok(),
                 qPrintable(r.ok() ? QString() : id + QStringLiteral(": ") + r.error().code));
    }
    QVERIFY2(
        honoured,
        qPrintable(offender + QStringLiteral(" was shown though its condition does not hold")));
    QCOMPARE(engine.state(), SessionEngine::State::Finished);

    // The final answers against our own reading of show-if.
    const QHash<QString, AnswerRecord> answers = answerMap(engine);
    const QSet<QString> shown = shownGiven(survey, answers);
    int answerableShown = 0;
    for (const Question *q : survey.questions()) {
        const bool has = answers.contains(q->id);
        if (has) {
            QVERIFY2(shown.contains(q->id),
                     qPrintable(q->id + QStringLiteral(" answered but not shown")));
            QVERIFY2(fits(*q, answers.value(q->id)), qPrintable(q->id));
        }
        if (q->isAnswerable() && shown.contains(q->id)) {
            ++answerableShown;
            if (!stopping)
                QVERIFY2(has, qPrintable(q->id + QStringLiteral(" shown but has no answer")));
        }
    }

    // What the store would report (highest sequence per question) is exactly the engine's.
    const QHash<QString, AnswerRecord> stored = sink.effectiveAnswers();
    QCOMPARE(stored.size(), answers.size());
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        QVERIFY(stored.contains(it.key()));
        QCOMPARE(stored.value(it.key()).sequence, it->sequence);
    }

    for (const Question *q : survey.questions()) {
        if (q->showIf.isSet())
            ++(shown.contains(q->id) ? m_conditionalShown : m_conditionalHidden);
    }
    for (const AnswerRecord &r : sink.records())
        m_retractions += SessionEngine::isRetraction(r) ? 1 : 0;
    ++m_rows;

    QCOMPARE(sink.summaries().size(), 1);
    const SessionSummary s = sink.summaries().first();
    QCOMPARE(s.answered, int(answers.size()));
    QCOMPARE(s.completionMode, info.completionMode);
    QVERIFY(!s.askedToTalk);
    if (stopping) {
        QCOMPARE(s.outcome,
                 path == Path::StopHalfway ? SessionOutcome::Stopped : SessionOutcome::TimedOut);
        QVERIFY(s.shown >= s.answered);
        QVERIFY(s.shown <= s.answered + 1); // the screen on view may be unanswered
        QVERIFY(s.shown < answerableShown || answerableShown == 0);
    } else {
        QCOMPARE(s.outcome, SessionOutcome::Completed);
        QCOMPARE(s.shown, answerableShown);
        QCOMPARE(s.answered, answerableShown);
    }
}

void TestSessionAllSurveys::cleanupTestCase()
{
    // Only meaningful when every row ran (not when one row is picked on the command line).
    if (m_rows < int(m_surveys.size()) * 27)
        return;
    qInfo("conditional questions shown %d, hidden %d; retractions %d", m_conditionalShown,
          m_conditionalHidden, m_retractions);
    QVERIFY(m_conditionalShown > 0);
    QVERIFY(m_conditionalHidden > 0);
    QVERIFY(m_retractions > 0);
}

QTEST_GUILESS_MAIN(TestSessionAllSurveys)
#include "tst_session_allsurveys.moc"
