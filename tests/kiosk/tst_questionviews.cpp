// Every question kind has a view from QuestionViewFactory and a screenshot in
// docs/screenshots/kiosk/; a view built alone (no session, as a survey editor's preview would
// build it) says what the child gave as a value; and the text direction comes from the language.
#include "child/views/questionviewfactory.h"
#include "kiosktest.h"

#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace heard;
using namespace heard::test;

namespace {

ViewSettings settingsFor(const QString &language)
{
    ViewSettings s;
    s.language = language;
    s.fallbackLanguage = QStringLiteral("en");
    s.assetsDir = assetsDir();
    s.minimumTarget = 48;
    return s;
}

/// A question of @p kind with two answers and every special answer, for kinds no survey has.
Question madeUp(QuestionKind kind)
{
    Question q;
    q.id = QStringLiteral("q1");
    q.kind = kind;
    q.prompt.insert(QStringLiteral("en"), QStringLiteral("How is it?"));
    if (kind != QuestionKind::Info && kind != QuestionKind::FreeText) {
        for (const QString &code : kind == QuestionKind::YesNo
                 ? QStringList { QStringLiteral("yes"), QStringLiteral("no") }
                 : QStringList { QStringLiteral("a"), QStringLiteral("b") }) {
            Choice c;
            c.code = code;
            c.label.insert(QStringLiteral("en"), code);
            q.choices.append(c);
        }
    }
    return q;
}

ViewAnswer lastAnswer(const QSignalSpy &spy)
{
    return spy.isEmpty() ? ViewAnswer {} : spy.last().at(0).value<ViewAnswer>();
}

} // namespace

class TestQuestionViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyKindHasAView_data();
    void everyKindHasAView();
    void everyKindHasAScreenshot_data();
    void everyKindHasAScreenshot();
    void viewAloneEmitsTheAnswer_data();
    void viewAloneEmitsTheAnswer();
    void specialAnswerAsValue_data();
    void specialAnswerAsValue();
    void directionFromLanguage_data();
    void directionFromLanguage();

private:
    /// The first question of @p kind in the real surveys (its age band's survey in @p survey).
    const Question *realQuestion(QuestionKind kind, const Survey **survey = nullptr) const;
    void addKindRows();

    QMap<QString, Survey> m_surveys;
};

void TestQuestionViews::initTestCase()
{
    m_surveys = loadSurveys();
    QVERIFY(!m_surveys.isEmpty());
}

const Question *TestQuestionViews::realQuestion(QuestionKind kind, const Survey **survey) const
{
    for (const Survey &s : m_surveys)
        for (const Section &section : s.sections)
            for (const Question &q : section.questions)
                if (q.kind == kind) {
                    if (survey)
                        *survey = &s;
                    return &q;
                }
    return nullptr;
}

void TestQuestionViews::addKindRows()
{
    QTest::addColumn<QuestionKind>("kind");
    for (QuestionKind kind : allQuestionKinds())
        QTest::newRow(qPrintable(questionKindCode(kind))) << kind;
}

void TestQuestionViews::everyKindHasAView_data()
{
    addKindRows();
}

void TestQuestionViews::everyKindHasAView()
{
    QFETCH(QuestionKind, kind);
    const std::unique_ptr<QuestionView> view
        = QuestionViewFactory::create(madeUp(kind), settingsFor(QStringLiteral("en")));
    QVERIFY2(view, qPrintable(QStringLiteral("no view for ") + questionKindCode(kind)));
    QCOMPARE(view->question().kind, kind);
    // Something to press: an answer tile or Next.
    QVERIFY(!view->findChildren<QAbstractButton *>().isEmpty());
}

void TestQuestionViews::everyKindHasAScreenshot_data()
{
    addKindRows();
}

void TestQuestionViews::everyKindHasAScreenshot()
{
    // Screenshots are named <run>-<kind code, '_' as '-'>.png (heard-kiosk-screenshots).
    QFETCH(QuestionKind, kind);
    const QString suffix
        = u'-' + questionKindCode(kind).replace(u'_', u'-') + QStringLiteral(".png");
    const QDir dir(sourceDir() + QStringLiteral("/docs/screenshots/kiosk"));
    const QStringList shots = dir.entryList({ u'*' + suffix }, QDir::Files);
    QVERIFY2(!shots.isEmpty(),
             qPrintable(QStringLiteral("no screenshot *%1 in %2: run the kiosk_screenshots target")
                            .arg(suffix, dir.path())));
}

void TestQuestionViews::viewAloneEmitsTheAnswer_data()
{
    addKindRows();
}

void TestQuestionViews::viewAloneEmitsTheAnswer()
{
    QFETCH(QuestionKind, kind);
    const Survey *survey = nullptr;
    const Question *q = realQuestion(kind, &survey);
    QVERIFY2(q, qPrintable(QStringLiteral("no survey asks a ") + questionKindCode(kind)));
    ViewSettings settings = settingsFor(survey->defaultLanguage());
    settings.young = survey->ageBand == QLatin1String("4-7");
    const std::unique_ptr<QuestionView> view = QuestionViewFactory::create(*q, settings);
    QVERIFY(view);
    view->resize(1280, 800);
    view->show();
    QSignalSpy spy(view.get(), &QuestionView::answered);
    QVERIFY(spy.isValid());

    ViewAnswer expected;
    switch (kind) {
    case QuestionKind::SingleChoice:
    case QuestionKind::Faces:
    case QuestionKind::Frequency:
    case QuestionKind::Ladder:
    case QuestionKind::YesNo: {
        // The last answer, so no answer's position is special-cased.
        const QString code = q->choices.last().code;
        QAbstractButton *tile = visible(view.get(), QStringLiteral("choice_") + code);
        QVERIFY(tile);
        click(tile);
        expected = ViewAnswer::choice(code);
        break;
    }
    case QuestionKind::MultipleChoice: {
        QVERIFY(q->choices.size() >= 2);
        const QStringList codes { q->choices.first().code, q->choices.last().code };
        for (const QString &code : codes) {
            QAbstractButton *tile = visible(view.get(), QStringLiteral("choice_") + code);
            QVERIFY(tile);
            click(tile);
        }
        QCOMPARE(spy.count(), 0); // multiple choice waits for Next
        QVERIFY(visible(view.get(), QStringLiteral("next")));
        click(visible(view.get(), QStringLiteral("next")));
        expected = ViewAnswer::choices(codes);
        break;
    }
    case QuestionKind::FreeText: {
        auto *edit = visible<QPlainTextEdit>(view.get(), QStringLiteral("freetext"));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("my own words"));
        QVERIFY(visible(view.get(), QStringLiteral("next")));
        click(visible(view.get(), QStringLiteral("next")));
        expected = ViewAnswer::freeText(QStringLiteral("my own words"));
        break;
    }
    case QuestionKind::Info:
        QVERIFY(visible(view.get(), QStringLiteral("next")));
        click(visible(view.get(), QStringLiteral("next")));
        expected = ViewAnswer::next();
        break;
    }
    QCOMPARE(spy.count(), 1);
    const ViewAnswer got = lastAnswer(spy);
    QCOMPARE(int(got.type), int(expected.type));
    QCOMPARE(got.codes, expected.codes);
    QCOMPARE(got.text, expected.text);
}

void TestQuestionViews::specialAnswerAsValue_data()
{
    QTest::addColumn<QuestionKind>("kind");
    QTest::addColumn<SpecialAnswer>("special");
    for (QuestionKind kind : allQuestionKinds()) {
        if (kind == QuestionKind::Info)
            continue; // offers no special answer
        for (SpecialAnswer s :
             { SpecialAnswer::DontKnow, SpecialAnswer::RatherNotSay, SpecialAnswer::Skip })
            QTest::addRow("%s %s", qPrintable(questionKindCode(kind)),
                          qPrintable(specialAnswerCode(s)))
                << kind << s;
    }
}

void TestQuestionViews::specialAnswerAsValue()
{
    QFETCH(QuestionKind, kind);
    QFETCH(SpecialAnswer, special);
    const std::unique_ptr<QuestionView> view
        = QuestionViewFactory::create(madeUp(kind), settingsFor(QStringLiteral("en")));
    view->resize(1280, 800);
    view->show();
    QSignalSpy spy(view.get(), &QuestionView::answered);
    QAbstractButton *tile
        = visible(view.get(), QStringLiteral("special_") + specialAnswerCode(special));
    QVERIFY(tile);
    click(tile);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(int(lastAnswer(spy).type), int(ViewAnswer::Type::Special));
    QCOMPARE(lastAnswer(spy).special, special);
}

void TestQuestionViews::directionFromLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("English") << QStringLiteral("en") << Qt::LeftToRight;
    QTest::newRow("Welsh") << QStringLiteral("cy") << Qt::LeftToRight;
    QTest::newRow("Polish") << QStringLiteral("pl") << Qt::LeftToRight;
    QTest::newRow("Arabic") << QStringLiteral("ar") << Qt::RightToLeft;
    QTest::newRow("Persian") << QStringLiteral("fa") << Qt::RightToLeft;
    QTest::newRow("Urdu") << QStringLiteral("ur") << Qt::RightToLeft;
    QTest::newRow("Hebrew") << QStringLiteral("he") << Qt::RightToLeft;
    QTest::newRow("Pashto") << QStringLiteral("ps") << Qt::RightToLeft;
}

void TestQuestionViews::directionFromLanguage()
{
    QFETCH(QString, language);
    QFETCH(Qt::LayoutDirection, direction);
    const std::unique_ptr<QuestionView> view
        = QuestionViewFactory::create(madeUp(QuestionKind::SingleChoice), settingsFor(language));
    QCOMPARE(view->layoutDirection(), direction);
}

QTEST_MAIN(TestQuestionViews)
#include "tst_questionviews.moc"
