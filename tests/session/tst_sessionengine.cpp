#include "memorysink.h"
#include "session/sessionengine.h"
#include "surveybuilder.h"
#include "util/errorcode.h"

#include <QSignalSpy>
#include <QTest>

using namespace heard;
using heard::test::MemorySink;
using heard::test::SurveyBuilder;

Q_DECLARE_METATYPE(heard::SpecialAnswer)
Q_DECLARE_METATYPE(heard::SessionOutcome)

namespace {

SessionInfo testInfo(CompletionMode mode = CompletionMode::ChildAlone)
{
    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    info.surveyId = QStringLiteral("test-survey");
    info.surveyVersion = 1;
    info.ageBand = QStringLiteral("8-11");
    info.language = QStringLiteral("en");
    info.completionMode = mode;
    return info;
}

QString currentId(const SessionEngine &engine)
{
    return engine.current() ? engine.current()->id : QString();
}

// One question of every answerable kind, plus info screens around them.
Survey everyKind()
{
    return SurveyBuilder()
        .info(QStringLiteral("hello"), InfoRole::Assent)
        .singleChoice(QStringLiteral("single"), { QStringLiteral("cat"), QStringLiteral("dog") })
        .multipleChoice(QStringLiteral("multi"),
                        { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") })
        .faces(QStringLiteral("faces"),
               { QStringLiteral("sad"), QStringLiteral("ok"), QStringLiteral("happy") })
        .frequency(
            QStringLiteral("freq"),
            { QStringLiteral("never"), QStringLiteral("sometimes"), QStringLiteral("always") })
        .ladder(QStringLiteral("ladder"))
        .yesNo(QStringLiteral("yesno"))
        .freeText(QStringLiteral("text"), 10)
        .info(QStringLiteral("thanks"), InfoRole::Thanks)
        .build();
}

// pet -> pet_feel (only if yes) -> pet_name (only if pet_feel happy) -> end
Survey pets()
{
    return SurveyBuilder()
        .yesNo(QStringLiteral("pet"))
        .faces(QStringLiteral("pet_feel"), { QStringLiteral("sad"), QStringLiteral("happy") })
        .showIf(QStringLiteral("pet"), { QStringLiteral("yes") })
        .freeText(QStringLiteral("pet_more"), 50)
        .showIf(QStringLiteral("pet_feel"), { QStringLiteral("happy") })
        .ladder(QStringLiteral("life"))
        .build();
}

// Moves the engine to the question @p id by answering every question before it with its first
// choice (or next() on info screens).
void walkTo(SessionEngine &engine, const QString &id)
{
    while (engine.current() && engine.current()->id != id) {
        const Question *q = engine.current();
        Result<void> r = Result<void>::success();
        switch (q->kind) {
        case QuestionKind::Info:
            r = engine.next();
            break;
        case QuestionKind::MultipleChoice:
            r = engine.answerChoices({ q->choices.first().code });
            break;
        case QuestionKind::FreeText:
            r = engine.answerText(QStringLiteral("hi"));
            break;
        default:
            r = engine.answerChoice(q->choices.first().code);
            break;
        }
        QVERIFY2(r.ok(), qPrintable(q->id));
    }
}

} // namespace

class TestSessionEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startShowsFirstShownQuestion();
    void startTwiceRefused();
    void walkEveryKindToTheEnd();
    void answerKinds_data();
    void answerKinds();
    void specialAnswers_data();
    void specialAnswers();
    void withheldSpecialRefused();
    void refusals_data();
    void refusals();
    void notInProgressRefused();
    void showIf_data();
    void showIf();
    void showIfOnHiddenQuestionNeverHolds();
    void backAndChange();
    void nextKeepsAnswerAfterBack();
    void changeHidesLaterAnsweredQuestions();
    void stopKeepsAnswers_data();
    void stopKeepsAnswers();
    void stopCompletedRefused();
    void withdrawCallsSinkAndClears();
    void withdrawFailureKeepsEverything();
    void talkRequestOnlyInSummary();
    void sinkFailureKeepsQuestionAndRetrySucceeds();
    void finishFailureKeepsLastQuestion();
    void sequenceIncreases();
    void positionAndExpectedTotal();
    void currentChangedOnEveryMove();
    void emptySurveyCompletesAtStart();
};

void TestSessionEngine::startShowsFirstShownQuestion()
{
    // The first question is conditional on a later-unknown answer, so it is not shown.
    const Survey survey = SurveyBuilder()
                              .yesNo(QStringLiteral("hidden"))
                              .showIf(QStringLiteral("nothing"), { QStringLiteral("yes") })
                              .info(QStringLiteral("hello"))
                              .build();
    MemorySink sink;
    SessionEngine engine(survey, testInfo(), {}, sink);
    QCOMPARE(engine.state(), SessionEngine::State::NotStarted);
    QCOMPARE(engine.current(), nullptr);
    QVERIFY(engine.start().ok());
    QCOMPARE(engine.state(), SessionEngine::State::InProgress);
    QCOMPARE(currentId(engine), QStringLiteral("hello"));
    QVERIFY(!engine.canGoBack());
    QCOMPARE(sink.recordCalls, 0); // an info screen records nothing
}

void TestSessionEngine::startTwiceRefused()
{
    MemorySink sink;
    SessionEngine engine(everyKind(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    const Result<void> r = engine.start();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::AlreadyStarted);
}

void TestSessionEngine::walkEveryKindToTheEnd()
{
    MemorySink sink;
    SessionEngine engine(everyKind(), testInfo(CompletionMode::ChildWithHelp), {}, sink);
    QSignalSpy finishedSpy(&engine, &SessionEngine::finished);
    QVERIFY(engine.start().ok());
    QVERIFY(engine.next().ok());
    QVERIFY(engine.answerChoice(QStringLiteral("dog")).ok());
    QVERIFY(engine.answerChoices({ QStringLiteral("c"), QStringLiteral("a") }).ok());
    QVERIFY(engine.answerChoice(QStringLiteral("happy")).ok());
    QVERIFY(engine.answerChoice(QStringLiteral("never")).ok());
    QVERIFY(engine.answerChoice(QStringLiteral("7")).ok());
    QVERIFY(engine.answerChoice(QStringLiteral("no")).ok());
    QVERIFY(engine.answerText(QStringLiteral("  trees  ")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("thanks"));
    QCOMPARE(engine.state(), SessionEngine::State::InProgress);
    QVERIFY(engine.next().ok());

    QCOMPARE(engine.state(), SessionEngine::State::Finished);
    QCOMPARE(engine.current(), nullptr);
    QCOMPARE(sink.records().size(), 7);
    QCOMPARE(sink.summaries().size(), 1);
    const SessionSummary s = sink.summaries().first();
    QCOMPARE(s.outcome, SessionOutcome::Completed);
    QCOMPARE(s.completionMode, CompletionMode::ChildWithHelp);
    QCOMPARE(s.answered, 7);
    QCOMPARE(s.shown, 7);
    QVERIFY(!s.askedToTalk);
    QCOMPARE(finishedSpy.size(), 1);
    QCOMPARE(finishedSpy.first().first().value<SessionSummary>().answered, 7);

    // Multiple choice is kept in the question's order; free text trimmed.
    QCOMPARE(engine.answerFor(QStringLiteral("multi"))->codes,
             QStringList({ QStringLiteral("a"), QStringLiteral("c") }));
    QCOMPARE(engine.answerFor(QStringLiteral("text"))->freeText, QStringLiteral("trees"));
    QCOMPARE(engine.answers().size(), 7);
    QCOMPARE(engine.answers().first().questionId, QStringLiteral("single"));
}

void TestSessionEngine::answerKinds_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("call"); // choice, choices, text
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("freeText");

    const QString none;
    QTest::newRow("single") << "single"
                            << "choice" << QStringList { "cat" } << QStringList { "cat" } << none;
    QTest::newRow("multi one") << "multi"
                               << "choices" << QStringList { "b" } << QStringList { "b" } << none;
    QTest::newRow("multi duplicate")
        << "multi"
        << "choices" << QStringList { "b", "a", "b" } << QStringList { "a", "b" } << none;
    QTest::newRow("faces") << "faces"
                           << "choice" << QStringList { "ok" } << QStringList { "ok" } << none;
    QTest::newRow("frequency") << "freq"
                               << "choice" << QStringList { "always" } << QStringList { "always" }
                               << none;
    QTest::newRow("ladder 0") << "ladder"
                              << "choice" << QStringList { "0" } << QStringList { "0" } << none;
    QTest::newRow("ladder 10") << "ladder"
                               << "choice" << QStringList { "10" } << QStringList { "10" } << none;
    QTest::newRow("yes") << "yesno"
                         << "choice" << QStringList { "yes" } << QStringList { "yes" } << none;
    QTest::newRow("no") << "yesno"
                        << "choice" << QStringList { "no" } << QStringList { "no" } << none;
    QTest::newRow("text") << "text"
                          << "text" << QStringList { " hi there " } << QStringList {} << "hi there";
    QTest::newRow("text at max") << "text"
                                 << "text" << QStringList { "0123456789" } << QStringList {}
                                 << "0123456789";
}

void TestSessionEngine::answerKinds()
{
    QFETCH(QString, question);
    QFETCH(QString, call);
    QFETCH(QStringList, given);
    QFETCH(QStringList, codes);
    QFETCH(QString, freeText);

    MemorySink sink;
    SessionEngine engine(everyKind(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    walkTo(engine, question);
    QCOMPARE(currentId(engine), question);
    const int before = int(sink.records().size());

    Result<void> r = Result<void>::success();
    if (call == u"choice")
        r = engine.answerChoice(given.first());
    else if (call == u"choices")
        r = engine.answerChoices(given);
    else
        r = engine.answerText(given.first());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().code));

    QCOMPARE(sink.records().size(), before + 1);
    const AnswerRecord rec = sink.records().last();
    QCOMPARE(rec.questionId, question);
    QCOMPARE(rec.codes, codes);
    QCOMPARE(rec.freeText, freeText);
    QVERIFY(!rec.special.has_value());
    QVERIFY(currentId(engine) != question);
    QCOMPARE(engine.answerFor(question)->sequence, rec.sequence);
}

void TestSessionEngine::specialAnswers_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<SpecialAnswer>("special");
    for (const char *q : { "single", "multi", "faces", "freq", "ladder", "yesno", "text" }) {
        for (SpecialAnswer s :
             { SpecialAnswer::DontKnow, SpecialAnswer::RatherNotSay, SpecialAnswer::Skip }) {
            QTest::addRow("%s %s", q, qPrintable(specialAnswerCode(s)))
                << QString::fromLatin1(q) << s;
        }
    }
}

void TestSessionEngine::specialAnswers()
{
    QFETCH(QString, question);
    QFETCH(SpecialAnswer, special);
    MemorySink sink;
    SessionEngine engine(everyKind(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    walkTo(engine, question);
    QVERIFY(engine.answerSpecial(special).ok());
    const AnswerRecord rec = sink.records().last();
    QCOMPARE(rec.questionId, question);
    QCOMPARE(rec.special, std::optional<SpecialAnswer>(special));
    QVERIFY(rec.codes.isEmpty());
    QVERIFY(rec.freeText.isEmpty());
    QVERIFY(!SessionEngine::isRetraction(rec));
    QCOMPARE(engine.answerFor(question)->special, std::optional<SpecialAnswer>(special));
}

void TestSessionEngine::withheldSpecialRefused()
{
    const Survey survey = SurveyBuilder()
                              .yesNo(QStringLiteral("greet"))
                              .withhold(SpecialAnswer::DontKnow, QStringLiteral("a greeting"))
                              .build();
    MemorySink sink;
    SessionEngine engine(survey, testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    const Result<void> r = engine.answerSpecial(SpecialAnswer::DontKnow);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Withheld);
    QCOMPARE(currentId(engine), QStringLiteral("greet"));
    QCOMPARE(sink.recordCalls, 0);
    // The others are still offered.
    QVERIFY(engine.answerSpecial(SpecialAnswer::RatherNotSay).ok());
    QCOMPARE(engine.state(), SessionEngine::State::Finished);
}

void TestSessionEngine::refusals_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("call"); // choice, choices, text, special, next
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QString>("error");

    const QStringList none;
    // Info screens take no answer.
    QTest::newRow("info choice") << "hello"
                                 << "choice" << QStringList { "x" } << ErrorCode::WrongKind;
    QTest::newRow("info choices") << "hello"
                                  << "choices" << QStringList { "x" } << ErrorCode::WrongKind;
    QTest::newRow("info text") << "hello"
                               << "text" << QStringList { "x" } << ErrorCode::WrongKind;
    QTest::newRow("info special") << "hello"
                                  << "special" << none << ErrorCode::WrongKind;
    // Single-answer kinds refuse the other calls, unknown codes and special codes as choices.
    for (const char *q : { "single", "faces", "freq", "ladder", "yesno" }) {
        QTest::addRow("%s choices", q)
            << q << "choices" << QStringList { "x" } << ErrorCode::WrongKind;
        QTest::addRow("%s text", q) << q << "text" << QStringList { "x" } << ErrorCode::WrongKind;
        QTest::addRow("%s next", q) << q << "next" << none << ErrorCode::WrongKind;
        QTest::addRow("%s unknown", q)
            << q << "choice" << QStringList { "zebra" } << ErrorCode::UnknownChoice;
        QTest::addRow("%s empty code", q)
            << q << "choice" << QStringList { "" } << ErrorCode::UnknownChoice;
        QTest::addRow("%s special code", q)
            << q << "choice" << QStringList { "dont_know" } << ErrorCode::UnknownChoice;
    }
    QTest::newRow("ladder 11") << "ladder"
                               << "choice" << QStringList { "11" } << ErrorCode::UnknownChoice;
    QTest::newRow("ladder -1") << "ladder"
                               << "choice" << QStringList { "-1" } << ErrorCode::UnknownChoice;
    QTest::newRow("ladder 05") << "ladder"
                               << "choice" << QStringList { "05" } << ErrorCode::UnknownChoice;
    QTest::newRow("yesno YES") << "yesno"
                               << "choice" << QStringList { "YES" } << ErrorCode::UnknownChoice;
    QTest::newRow("multi choice") << "multi"
                                  << "choice" << QStringList { "a" } << ErrorCode::WrongKind;
    QTest::newRow("multi text") << "multi"
                                << "text" << QStringList { "a" } << ErrorCode::WrongKind;
    QTest::newRow("multi next") << "multi"
                                << "next" << none << ErrorCode::WrongKind;
    QTest::newRow("multi empty") << "multi"
                                 << "choices" << none << ErrorCode::EmptyAnswer;
    QTest::newRow("multi unknown")
        << "multi"
        << "choices" << QStringList { "a", "zebra" } << ErrorCode::UnknownChoice;
    QTest::newRow("text choice") << "text"
                                 << "choice" << QStringList { "a" } << ErrorCode::WrongKind;
    QTest::newRow("text choices") << "text"
                                  << "choices" << QStringList { "a" } << ErrorCode::WrongKind;
    QTest::newRow("text next") << "text"
                               << "next" << none << ErrorCode::WrongKind;
    QTest::newRow("text blank") << "text"
                                << "text" << QStringList { "   \n" } << ErrorCode::EmptyAnswer;
    QTest::newRow("text too long") << "text"
                                   << "text" << QStringList { "01234567890" } << ErrorCode::TooLong;
}

void TestSessionEngine::refusals()
{
    QFETCH(QString, question);
    QFETCH(QString, call);
    QFETCH(QStringList, given);
    QFETCH(QString, error);

    MemorySink sink;
    SessionEngine engine(everyKind(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    walkTo(engine, question);
    const int calls = sink.recordCalls;
    const int position = engine.position();
    const bool couldGoBack = engine.canGoBack();
    QSignalSpy moved(&engine, &SessionEngine::currentChanged);

    Result<void> r = Result<void>::success();
    if (call == u"choice")
        r = engine.answerChoice(given.first());
    else if (call == u"choices")
        r = engine.answerChoices(given);
    else if (call == u"text")
        r = engine.answerText(given.first());
    else if (call == u"special")
        r = engine.answerSpecial(SpecialAnswer::Skip);
    else
        r = engine.next();

    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, error);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(currentId(engine), question);
    QCOMPARE(engine.position(), position);
    QCOMPARE(engine.canGoBack(), couldGoBack);
    QCOMPARE(sink.recordCalls, calls);
    QCOMPARE(moved.size(), 0);
    QVERIFY(!engine.answerFor(question).has_value());
}

void TestSessionEngine::notInProgressRefused()
{
    MemorySink sink;
    SessionEngine engine(everyKind(), testInfo(), {}, sink);
    auto checkAll = [&engine]() {
        for (const Result<void> &r :
             { engine.answerChoice(QStringLiteral("cat")), engine.answerChoices({ "a" }),
               engine.answerText(QStringLiteral("x")), engine.answerSpecial(SpecialAnswer::Skip),
               engine.next(), engine.back(), engine.stop() }) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::NotInProgress);
        }
        QVERIFY(!engine.canGoBack());
        QCOMPARE(engine.position(), 0);
    };
    checkAll(); // before start
    QVERIFY(engine.start().ok());
    QVERIFY(engine.stop().ok());
    checkAll(); // finished
    QVERIFY(engine.withdraw().ok());
    checkAll(); // withdrawn
    QCOMPARE(engine.withdraw().error().code, ErrorCode::NotInProgress);
    QCOMPARE(sink.recordCalls, 0);
}

void TestSessionEngine::showIf_data()
{
    QTest::addColumn<QString>("petAnswer"); // a code, or a special answer code
    QTest::addColumn<QString>("feelAnswer");
    QTest::addColumn<QStringList>("path");

    const QStringList all { "pet", "pet_feel", "pet_more", "life" };
    QTest::newRow("yes happy") << "yes"
                               << "happy" << all;
    QTest::newRow("yes sad") << "yes"
                             << "sad" << QStringList { "pet", "pet_feel", "life" };
    QTest::newRow("yes feel skipped") << "yes"
                                      << "skip" << QStringList { "pet", "pet_feel", "life" };
    QTest::newRow("no") << "no"
                        << "" << QStringList { "pet", "life" };
    QTest::newRow("dont_know") << "dont_know"
                               << "" << QStringList { "pet", "life" };
    QTest::newRow("rather_not_say") << "rather_not_say"
                                    << "" << QStringList { "pet", "life" };
    QTest::newRow("skip") << "skip"
                          << "" << QStringList { "pet", "life" };
}

void TestSessionEngine::showIf()
{
    QFETCH(QString, petAnswer);
    QFETCH(QString, feelAnswer);
    QFETCH(QStringList, path);

    MemorySink sink;
    SessionEngine engine(pets(), testInfo(), {}, sink);
    QStringList seen;
    connect(&engine, &SessionEngine::currentChanged, &engine, [&seen](const Question *q) {
        if (q)
            seen.append(q->id);
    });
    QVERIFY(engine.start().ok());
    auto answer = [&engine](const QString &a) {
        if (const auto special = specialAnswerFromCode(a))
            return engine.answerSpecial(*special);
        if (engine.current()->kind == QuestionKind::FreeText)
            return engine.answerText(a);
        return engine.answerChoice(a);
    };
    QVERIFY(answer(petAnswer).ok());
    if (!feelAnswer.isEmpty())
        QVERIFY(answer(feelAnswer).ok());
    while (engine.current())
        QVERIFY(answer(engine.current()->kind == QuestionKind::Ladder ? QStringLiteral("5")
                                                                      : QStringLiteral("words"))
                    .ok());
    QCOMPARE(seen, path);
    QCOMPARE(sink.summaries().size(), 1);
    QCOMPARE(sink.summaries().first().shown, int(path.size()));
    QCOMPARE(sink.summaries().first().answered, int(path.size()));
}

void TestSessionEngine::showIfOnHiddenQuestionNeverHolds()
{
    // b is hidden (a is "no"); c's condition names b, so c is hidden too even though no answer
    // of b could ever be compared.
    const Survey survey = SurveyBuilder()
                              .yesNo(QStringLiteral("a"))
                              .yesNo(QStringLiteral("b"))
                              .showIf(QStringLiteral("a"), { QStringLiteral("yes") })
                              .yesNo(QStringLiteral("c"))
                              .showIf(QStringLiteral("b"), { QStringLiteral("no") })
                              .yesNo(QStringLiteral("d"))
                              .build();
    MemorySink sink;
    SessionEngine engine(survey, testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    QCOMPARE(engine.expectedTotal(), 4);
    QVERIFY(engine.answerChoice(QStringLiteral("no")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("d"));
    QCOMPARE(engine.expectedTotal(), 2);
}

void TestSessionEngine::backAndChange()
{
    MemorySink sink;
    SessionEngine engine(pets(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    QVERIFY(!engine.canGoBack());
    QCOMPARE(engine.back().error().code, ErrorCode::AtStart);
    QVERIFY(engine.answerChoice(QStringLiteral("no")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("life"));
    QVERIFY(engine.canGoBack());
    QVERIFY(engine.back().ok());
    QCOMPARE(currentId(engine), QStringLiteral("pet"));
    // The earlier answer stays until changed.
    QCOMPARE(engine.answerFor(QStringLiteral("pet"))->codes, QStringList { QStringLiteral("no") });
    QVERIFY(engine.answerChoice(QStringLiteral("yes")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("pet_feel"));
    QCOMPARE(engine.answerFor(QStringLiteral("pet"))->codes, QStringList { QStringLiteral("yes") });
    QCOMPARE(sink.records().size(), 2);
    QVERIFY(sink.records().at(1).sequence > sink.records().at(0).sequence);
    // Back twice goes through the shown path only.
    QVERIFY(engine.answerChoice(QStringLiteral("sad")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("life"));
    QVERIFY(engine.back().ok());
    QCOMPARE(currentId(engine), QStringLiteral("pet_feel"));
    QVERIFY(engine.back().ok());
    QCOMPARE(currentId(engine), QStringLiteral("pet"));
    QVERIFY(!engine.canGoBack());
}

void TestSessionEngine::nextKeepsAnswerAfterBack()
{
    MemorySink sink;
    SessionEngine engine(pets(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    QVERIFY(engine.answerChoice(QStringLiteral("yes")).ok());
    QVERIFY(engine.back().ok());
    const int calls = sink.recordCalls;
    QVERIFY(engine.next().ok());
    QCOMPARE(currentId(engine), QStringLiteral("pet_feel"));
    QCOMPARE(sink.recordCalls, calls);
    QCOMPARE(engine.answerFor(QStringLiteral("pet"))->codes, QStringList { QStringLiteral("yes") });
}

void TestSessionEngine::changeHidesLaterAnsweredQuestions()
{
    MemorySink sink;
    SessionEngine engine(pets(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    QVERIFY(engine.answerChoice(QStringLiteral("yes")).ok());
    QVERIFY(engine.answerChoice(QStringLiteral("happy")).ok());
    QVERIFY(engine.answerText(QStringLiteral("Rex is fun")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("life"));
    QCOMPARE(engine.summary(SessionOutcome::Stopped).answered, 3);
    QCOMPARE(engine.summary(SessionOutcome::Stopped).shown, 4);
    QVERIFY(engine.back().ok());
    QVERIFY(engine.back().ok());
    QVERIFY(engine.back().ok());
    QCOMPARE(currentId(engine), QStringLiteral("pet"));

    // "no" hides pet_feel and, through it, pet_more: both answers leave the engine at once.
    QVERIFY(engine.answerChoice(QStringLiteral("no")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("life"));
    QVERIFY(!engine.answerFor(QStringLiteral("pet_feel")).has_value());
    QVERIFY(!engine.answerFor(QStringLiteral("pet_more")).has_value());
    QCOMPARE(engine.answers().size(), 1);

    // The sink got the new answer, then one retraction per hidden answered question, in order.
    QCOMPARE(sink.records().size(), 6);
    QCOMPARE(sink.records().at(3).questionId, QStringLiteral("pet"));
    QCOMPARE(sink.records().at(4).questionId, QStringLiteral("pet_feel"));
    QCOMPARE(sink.records().at(5).questionId, QStringLiteral("pet_more"));
    QVERIFY(SessionEngine::isRetraction(sink.records().at(4)));
    QVERIFY(SessionEngine::isRetraction(sink.records().at(5)));
    QVERIFY(sink.records().at(5).sequence > sink.records().at(4).sequence);
    QVERIFY(sink.records().at(4).sequence > sink.records().at(3).sequence);

    // The store side (highest sequence per question) sees only what is on the final path.
    QVERIFY(engine.answerChoice(QStringLiteral("8")).ok());
    QCOMPARE(engine.state(), SessionEngine::State::Finished);
    const auto effective = sink.effectiveAnswers();
    QCOMPARE(effective.size(), 2);
    QCOMPARE(effective.value(QStringLiteral("pet")).codes, QStringList { QStringLiteral("no") });
    QCOMPARE(effective.value(QStringLiteral("life")).codes, QStringList { QStringLiteral("8") });
    QCOMPARE(sink.summaries().first().answered, 2);
    QCOMPARE(sink.summaries().first().shown, 2);
}

void TestSessionEngine::stopKeepsAnswers_data()
{
    QTest::addColumn<SessionOutcome>("outcome");
    QTest::newRow("stopped") << SessionOutcome::Stopped;
    QTest::newRow("timed out") << SessionOutcome::TimedOut;
}

void TestSessionEngine::stopKeepsAnswers()
{
    QFETCH(SessionOutcome, outcome);
    MemorySink sink;
    SessionEngine engine(everyKind(), testInfo(CompletionMode::AdultReadAloud), {}, sink);
    QSignalSpy finishedSpy(&engine, &SessionEngine::finished);
    QVERIFY(engine.start().ok());
    walkTo(engine, QStringLiteral("faces"));
    QVERIFY(engine.stop(outcome).ok());
    QCOMPARE(engine.state(), SessionEngine::State::Finished);
    QCOMPARE(engine.current(), nullptr);
    QCOMPARE(sink.summaries().size(), 1);
    const SessionSummary s = sink.summaries().first();
    QCOMPARE(s.outcome, outcome);
    QCOMPARE(s.completionMode, CompletionMode::AdultReadAloud);
    QCOMPARE(s.answered, 2);
    QCOMPARE(s.shown, 3); // faces was on screen, unanswered
    QCOMPARE(finishedSpy.size(), 1);
    QCOMPARE(engine.answerFor(QStringLiteral("single"))->codes,
             QStringList { QStringLiteral("cat") });
    QCOMPARE(engine.answers().size(), 2);
    QCOMPARE(sink.withdrawals(), 0);
}

void TestSessionEngine::stopCompletedRefused()
{
    MemorySink sink;
    SessionEngine engine(everyKind(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    QCOMPARE(engine.stop(SessionOutcome::Completed).error().code, ErrorCode::InvalidOutcome);
    QCOMPARE(engine.state(), SessionEngine::State::InProgress);
    QVERIFY(sink.summaries().isEmpty());
}

void TestSessionEngine::withdrawCallsSinkAndClears()
{
    MemorySink sink;
    SessionEngine engine(everyKind(), testInfo(), {}, sink);
    QSignalSpy moved(&engine, &SessionEngine::currentChanged);
    QSignalSpy finishedSpy(&engine, &SessionEngine::finished);
    QVERIFY(engine.start().ok());
    walkTo(engine, QStringLiteral("ladder"));
    engine.requestTalk();
    QVERIFY(!sink.records().isEmpty());
    moved.clear();
    QVERIFY(engine.withdraw().ok());
    QCOMPARE(sink.withdrawals(), 1);
    QCOMPARE(engine.state(), SessionEngine::State::Withdrawn);
    QCOMPARE(engine.current(), nullptr);
    QVERIFY(engine.answers().isEmpty());
    QVERIFY(!engine.answerFor(QStringLiteral("single")).has_value());
    QVERIFY(!engine.talkRequested());
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().first().value<const Question *>(), nullptr);
    QCOMPARE(finishedSpy.size(), 0); // withdrawing is not finishing: no summary at all
    QVERIFY(sink.summaries().isEmpty());

    // Withdrawing after finishing is allowed too.
    MemorySink sink2;
    SessionEngine done(pets(), testInfo(), {}, sink2);
    QVERIFY(done.start().ok());
    QVERIFY(done.stop().ok());
    QVERIFY(done.withdraw().ok());
    QCOMPARE(sink2.withdrawals(), 1);
    QCOMPARE(done.state(), SessionEngine::State::Withdrawn);
}

void TestSessionEngine::withdrawFailureKeepsEverything()
{
    MemorySink sink;
    SessionEngine engine(pets(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    QVERIFY(engine.answerChoice(QStringLiteral("yes")).ok());
    sink.failWithdrawals = 1;
    const Result<void> r = engine.withdraw();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, test::StoreUnavailable);
    QCOMPARE(engine.state(), SessionEngine::State::InProgress);
    QCOMPARE(currentId(engine), QStringLiteral("pet_feel"));
    QVERIFY(engine.answerFor(QStringLiteral("pet")).has_value());
    QVERIFY(engine.withdraw().ok());
    QCOMPARE(sink.withdrawals(), 1);
}

void TestSessionEngine::talkRequestOnlyInSummary()
{
    MemorySink sink;
    SessionEngine engine(pets(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    QVERIFY(!engine.talkRequested());
    QVERIFY(engine.answerChoice(QStringLiteral("yes")).ok());
    engine.requestTalk();
    QVERIFY(engine.talkRequested());
    QVERIFY(engine.answerSpecial(SpecialAnswer::Skip).ok());
    QVERIFY(engine.answerChoice(QStringLiteral("3")).ok());
    QCOMPARE(sink.summaries().size(), 1);
    QVERIFY(sink.summaries().first().askedToTalk);
    // Never tied to an answer: the records carry nothing about it.
    for (const AnswerRecord &r : sink.records())
        QVERIFY(r.freeText.isEmpty());

    MemorySink quiet;
    SessionEngine other(pets(), testInfo(), {}, quiet);
    QVERIFY(other.start().ok());
    QVERIFY(other.stop(SessionOutcome::TimedOut).ok());
    QVERIFY(!quiet.summaries().first().askedToTalk);
}

void TestSessionEngine::sinkFailureKeepsQuestionAndRetrySucceeds()
{
    MemorySink sink;
    SessionEngine engine(pets(), testInfo(), {}, sink);
    QSignalSpy moved(&engine, &SessionEngine::currentChanged);
    QVERIFY(engine.start().ok());
    moved.clear();
    sink.failRecords = 1;
    const Result<void> r = engine.answerChoice(QStringLiteral("yes"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, test::StoreUnavailable);
    QCOMPARE(currentId(engine), QStringLiteral("pet"));
    QVERIFY(!engine.answerFor(QStringLiteral("pet")).has_value());
    QCOMPARE(moved.size(), 0);
    QVERIFY(sink.records().isEmpty());
    QVERIFY(!engine.canGoBack());

    QVERIFY(engine.answerChoice(QStringLiteral("yes")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("pet_feel"));
    QCOMPARE(sink.records().size(), 1);
    QCOMPARE(moved.size(), 1);

    // A failed retraction leaves the child where they are; answering again retries it.
    QVERIFY(engine.answerChoice(QStringLiteral("happy")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("pet_more"));
    QVERIFY(engine.back().ok());
    QVERIFY(engine.back().ok());
    sink.failOnRecordCall = sink.recordCalls + 2; // the new answer is kept, the retraction is not
    const Result<void> partial = engine.answerChoice(QStringLiteral("no"));
    QVERIFY(!partial.ok());
    QCOMPARE(currentId(engine), QStringLiteral("pet"));
    QCOMPARE(engine.answerFor(QStringLiteral("pet"))->codes, QStringList { QStringLiteral("no") });
    QVERIFY(engine.answerFor(QStringLiteral("pet_feel")).has_value());
    QVERIFY(engine.answerChoice(QStringLiteral("no")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("life"));
    QVERIFY(!engine.answerFor(QStringLiteral("pet_feel")).has_value());
    const auto effective = sink.effectiveAnswers();
    QCOMPARE(effective.size(), 1);
    QCOMPARE(effective.value(QStringLiteral("pet")).codes, QStringList { QStringLiteral("no") });
}

void TestSessionEngine::finishFailureKeepsLastQuestion()
{
    MemorySink sink;
    SessionEngine engine(pets(), testInfo(), {}, sink);
    QSignalSpy finishedSpy(&engine, &SessionEngine::finished);
    QVERIFY(engine.start().ok());
    QVERIFY(engine.answerChoice(QStringLiteral("no")).ok());
    sink.failFinishes = 1;
    const Result<void> r = engine.answerChoice(QStringLiteral("6"));
    QVERIFY(!r.ok());
    QCOMPARE(engine.state(), SessionEngine::State::InProgress);
    QCOMPARE(currentId(engine), QStringLiteral("life"));
    QCOMPARE(finishedSpy.size(), 0);
    // The answer itself was kept; moving on again only has to close the session.
    QCOMPARE(engine.answerFor(QStringLiteral("life"))->codes, QStringList { QStringLiteral("6") });
    const int calls = sink.recordCalls;
    QVERIFY(engine.next().ok());
    QCOMPARE(sink.recordCalls, calls);
    QCOMPARE(engine.state(), SessionEngine::State::Finished);
    QCOMPARE(finishedSpy.size(), 1);
    QCOMPARE(sink.summaries().first().answered, 2);

    // The same for stop().
    MemorySink sink2;
    SessionEngine stopped(pets(), testInfo(), {}, sink2);
    QVERIFY(stopped.start().ok());
    sink2.failFinishes = 1;
    QVERIFY(!stopped.stop().ok());
    QCOMPARE(stopped.state(), SessionEngine::State::InProgress);
    QCOMPARE(currentId(stopped), QStringLiteral("pet"));
    QVERIFY(stopped.stop().ok());
    QCOMPARE(stopped.state(), SessionEngine::State::Finished);
}

void TestSessionEngine::sequenceIncreases()
{
    MemorySink sink;
    SessionEngine engine(everyKind(), testInfo(), {}, sink);
    QVERIFY(engine.start().ok());
    walkTo(engine, QStringLiteral("yesno"));
    QVERIFY(engine.back().ok());
    QVERIFY(engine.answerSpecial(SpecialAnswer::DontKnow).ok());
    sink.failRecords = 1;
    QVERIFY(!engine.answerChoice(QStringLiteral("yes")).ok());
    QVERIFY(engine.answerChoice(QStringLiteral("yes")).ok());
    QVERIFY(engine.answerText(QStringLiteral("x")).ok());
    QCOMPARE(sink.records().size(), 8);
    for (int i = 1; i < sink.records().size(); ++i)
        QVERIFY(sink.records().at(i).sequence > sink.records().at(i - 1).sequence);
    QVERIFY(sink.records().first().sequence >= 1);
    // The engine holds the latest answer of the question answered twice.
    QCOMPARE(engine.answerFor(QStringLiteral("ladder"))->special,
             std::optional<SpecialAnswer>(SpecialAnswer::DontKnow));
}

void TestSessionEngine::positionAndExpectedTotal()
{
    // intro, pet, pet_feel?, pet_more?, life, thanks
    const Survey survey
        = SurveyBuilder()
              .info(QStringLiteral("intro"))
              .yesNo(QStringLiteral("pet"))
              .faces(QStringLiteral("pet_feel"), { QStringLiteral("sad"), QStringLiteral("happy") })
              .showIf(QStringLiteral("pet"), { QStringLiteral("yes") })
              .freeText(QStringLiteral("pet_more"))
              .showIf(QStringLiteral("pet_feel"), { QStringLiteral("happy") })
              .ladder(QStringLiteral("life"))
              .info(QStringLiteral("thanks"))
              .build();
    MemorySink sink;
    SessionEngine engine(survey, testInfo(), {}, sink);
    QCOMPARE(engine.position(), 0);
    QCOMPARE(engine.expectedTotal(), 6); // unresolved conditions count as shown
    QVERIFY(engine.start().ok());
    QCOMPARE(engine.position(), 1);
    QCOMPARE(engine.expectedTotal(), 6);
    QVERIFY(engine.next().ok());
    QCOMPARE(engine.position(), 2);
    QVERIFY(engine.answerChoice(QStringLiteral("yes")).ok());
    QCOMPARE(engine.position(), 3);
    QCOMPARE(engine.expectedTotal(), 6);
    QVERIFY(engine.answerChoice(QStringLiteral("sad")).ok());
    QCOMPARE(currentId(engine), QStringLiteral("life"));
    QCOMPARE(engine.position(), 4);
    QCOMPARE(engine.expectedTotal(), 5);
    // Back and change to "no": the total shrinks to the shorter path.
    QVERIFY(engine.back().ok());
    QVERIFY(engine.back().ok());
    QCOMPARE(engine.position(), 2);
    QVERIFY(engine.answerSpecial(SpecialAnswer::RatherNotSay).ok());
    QCOMPARE(currentId(engine), QStringLiteral("life"));
    QCOMPARE(engine.position(), 3);
    QCOMPARE(engine.expectedTotal(), 4);
    QVERIFY(engine.answerChoice(QStringLiteral("4")).ok());
    QCOMPARE(engine.position(), 4);
    QCOMPARE(engine.position(), engine.expectedTotal());
    QVERIFY(engine.next().ok());
    QCOMPARE(engine.position(), 0);
}

void TestSessionEngine::currentChangedOnEveryMove()
{
    MemorySink sink;
    SessionEngine engine(pets(), testInfo(), {}, sink);
    QSignalSpy moved(&engine, &SessionEngine::currentChanged);
    QVERIFY(engine.start().ok());
    QVERIFY(engine.answerChoice(QStringLiteral("yes")).ok());
    QVERIFY(engine.back().ok());
    QVERIFY(engine.next().ok());
    QVERIFY(engine.stop().ok());
    QStringList ids;
    for (const QList<QVariant> &args : std::as_const(moved)) {
        const Question *q = args.first().value<const Question *>();
        ids.append(q ? q->id : QStringLiteral("-"));
    }
    QCOMPARE(ids, QStringList({ "pet", "pet_feel", "pet", "pet_feel", "-" }));
}

void TestSessionEngine::emptySurveyCompletesAtStart()
{
    const Survey survey = SurveyBuilder()
                              .yesNo(QStringLiteral("never"))
                              .showIf(QStringLiteral("nothing"), { QStringLiteral("yes") })
                              .build();
    MemorySink sink;
    SessionEngine engine(survey, testInfo(), {}, sink);
    sink.failFinishes = 1;
    QVERIFY(!engine.start().ok());
    QCOMPARE(engine.state(), SessionEngine::State::NotStarted);
    QVERIFY(engine.start().ok());
    QCOMPARE(engine.state(), SessionEngine::State::Finished);
    QCOMPARE(sink.summaries().size(), 1);
    QCOMPARE(sink.summaries().first().shown, 0);
}

QTEST_GUILESS_MAIN(TestSessionEngine)
#include "tst_sessionengine.moc"
