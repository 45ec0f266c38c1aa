// The child's flow through the real widgets: every survey walked to the end by clicking, the
// special answers as big as any answer, back and change, the talk request, and a failing store.
#include "audio/speaker.h"
#include "child/childflow.h"
#include "kiosktest.h"
#include "session/memorysink.h"
#include "session/sessionengine.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace heard;
using namespace heard::test;

namespace {
/// Remembers what it was asked to say; "plays" until stopped.
class FakeSpeaker final : public Speaker
{
public:
    QList<QList<Utterance>> plays;
    int stops = 0;
    bool playing = false;
    void setLanguage(const QString &) override { }
    void play(const QList<Utterance> &items) override
    {
        plays.append(items);
        playing = true;
    }
    void stop() override
    {
        ++stops;
        playing = false;
    }
    bool isPlaying() const override { return playing; }
    void clear() override { }
};
} // namespace

class TestChildFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walk_data();
    void walk();
    void specialsAsBigAsAnswers_data();
    void specialsAsBigAsAnswers();
    void withheldSpecialIsHidden();
    void backChangesOwnAnswer();
    void talkRequestReachesHandBack();
    void sinkFailureShowsCalmMessage();
    void targetsAreBigEnough();
    void autoPlayReadsPromptThenChoices();
    void speakerButtonsReadAloud();
    void switchScanning();
    void keyboardOnly();
    void kioskWordsInTheChildsLanguage();

private:
    std::unique_ptr<ChildFlow> makeFlow(const Survey &survey, MemorySink &sink,
                                        const QString &language = QString());
    void advanceToFirstAnswerable(ChildFlow &flow);

    QMap<QString, Survey> m_surveys;
};

void TestChildFlow::initTestCase()
{
    m_surveys = loadSurveys();
    QCOMPARE(m_surveys.size(), 4);
}

std::unique_ptr<ChildFlow> TestChildFlow::makeFlow(const Survey &survey, MemorySink &sink,
                                                   const QString &language)
{
    const SessionInfo info = SessionInfo::begin(survey, language);
    PresentationProfile profile;
    profile.audio = PresentationProfile::Audio::Off;
    ChildFlowOptions options;
    options.assetsDir = assetsDir();
    options.advocacyContact = QStringLiteral("Advocacy Service 0800 000 0000");
    auto flow = std::make_unique<ChildFlow>(survey, info, profile, sink, options);
    flow->resize(1280, 800);
    flow->show();
    const Result<void> started = flow->start();
    if (!started.ok())
        qWarning("start failed");
    settle();
    return flow;
}

void TestChildFlow::advanceToFirstAnswerable(ChildFlow &flow)
{
    for (int i = 0;
         i < 20 && flow.engine().current() && flow.engine().current()->kind == QuestionKind::Info;
         ++i) {
        QAbstractButton *next = visible(&flow, QStringLiteral("next"));
        QVERIFY(next);
        click(next);
        settle();
    }
}

void TestChildFlow::walk_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pickIndex"); // which answer to click on each screen
    for (const QString &file : m_surveys.keys()) {
        QTest::newRow(qPrintable(file + QStringLiteral(" first"))) << file << 0;
        QTest::newRow(qPrintable(file + QStringLiteral(" last"))) << file << -1;
    }
}

void TestChildFlow::walk()
{
    QFETCH(QString, file);
    QFETCH(int, pickIndex);
    const Survey &survey = m_surveys[file];
    MemorySink sink;
    auto flow = makeFlow(survey, sink);
    QSignalSpy handBack(flow.get(), &ChildFlow::handBack);
    int screens = 0;
    for (; screens < 200; ++screens) {
        settle();
        if (QAbstractButton *done = visible(flow.get(), QStringLiteral("handBack"))) {
            click(done);
            break;
        }
        const Question *q = flow->engine().current();
        QVERIFY(q);
        const QString before = q->id;
        QList<QAbstractButton *> choices = visibleButtons(flow.get(), QStringLiteral("choice_"));
        if (q->kind == QuestionKind::Info || q->kind == QuestionKind::FreeText) {
            if (q->kind == QuestionKind::FreeText) {
                auto *edit = visible<QPlainTextEdit>(flow.get(), QStringLiteral("freetext"));
                QVERIFY(edit);
                QTest::keyClicks(edit, QStringLiteral("More trips out please"));
            }
            click(visible(flow.get(), QStringLiteral("next")));
        } else {
            QVERIFY2(!choices.isEmpty(), qPrintable(q->id));
            QAbstractButton *pick = pickIndex < 0 ? choices.last() : choices.at(pickIndex);
            click(pick);
            if (q->kind == QuestionKind::MultipleChoice) {
                QVERIFY(pick->isChecked());
                click(visible(flow.get(), QStringLiteral("next")));
            }
        }
        settle();
        if (flow->engine().state() == SessionEngine::State::InProgress)
            QVERIFY2(flow->engine().current()->id != before, qPrintable(before));
    }
    QCOMPARE(handBack.count(), 1);
    QCOMPARE(handBack.at(0).at(0).value<SessionOutcome>(), SessionOutcome::Completed);
    QCOMPARE(handBack.at(0).at(1).toBool(), false);
    QCOMPARE(sink.summaries().size(), 1);
    QVERIFY(sink.summaries().first().answered > 0);
    QCOMPARE(sink.summaries().first().answered, sink.summaries().first().shown);
    QVERIFY(screens > 10);
}

void TestChildFlow::specialsAsBigAsAnswers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("questionId");
    QTest::newRow("4-7 faces") << QStringLiteral("children-4-7.json") << QStringLiteral("practice");
    QTest::newRow("11-18 ladder") << QStringLiteral("young-people-11-18.json")
                                  << QStringLiteral("life_overall");
    QTest::newRow("11-18 frequency")
        << QStringLiteral("young-people-11-18.json") << QStringLiteral("trust_adults");
}

void TestChildFlow::specialsAsBigAsAnswers()
{
    QFETCH(QString, file);
    QFETCH(QString, questionId);
    MemorySink sink;
    auto flow = makeFlow(m_surveys[file], sink);
    for (int i = 0; i < 30 && flow->engine().current()->id != questionId; ++i) {
        QList<QAbstractButton *> choices = visibleButtons(flow.get(), QStringLiteral("choice_"));
        click(choices.isEmpty() ? visible(flow.get(), QStringLiteral("next")) : choices.first());
        settle();
    }
    QCOMPARE(flow->engine().current()->id, questionId);
    const QList<QAbstractButton *> answers = visibleButtons(flow.get(), QStringLiteral("choice_"));
    const QList<QAbstractButton *> specials
        = visibleButtons(flow.get(), QStringLiteral("special_"));
    QVERIFY(!answers.isEmpty());
    QCOMPARE(specials.size(), 3);
    const QSize answer = answers.first()->size();
    for (QAbstractButton *s : specials) {
        QVERIFY2(s->isEnabled(), qPrintable(s->objectName()));
        QVERIFY2(!s->isChecked(), "nothing is preselected");
        QCOMPARE(s->height(), answer.height());
        QVERIFY2(s->width() >= answer.width(), qPrintable(s->objectName()));
        QVERIFY(!s->text().isEmpty());
    }
    for (QAbstractButton *a : answers)
        QVERIFY2(!a->isChecked(), "nothing is preselected");
}

void TestChildFlow::withheldSpecialIsHidden()
{
    MemorySink sink;
    auto flow = makeFlow(m_surveys[QStringLiteral("young-people-11-18.json")], sink);
    for (int i = 0; i < 40 && flow->engine().current()->id != QLatin1String("has_pet"); ++i) {
        QList<QAbstractButton *> choices = visibleButtons(flow.get(), QStringLiteral("choice_"));
        click(choices.isEmpty() ? visible(flow.get(), QStringLiteral("next")) : choices.first());
        settle();
    }
    QCOMPARE(flow->engine().current()->id, QStringLiteral("has_pet"));
    QVERIFY(!visible(flow.get(), QStringLiteral("special_dont_know")));
    QVERIFY(visible(flow.get(), QStringLiteral("special_rather_not_say")));
    QVERIFY(visible(flow.get(), QStringLiteral("special_skip")));
}

void TestChildFlow::backChangesOwnAnswer()
{
    MemorySink sink;
    auto flow = makeFlow(m_surveys[QStringLiteral("children-4-7.json")], sink);
    advanceToFirstAnswerable(*flow);
    QCOMPARE(flow->engine().current()->id, QStringLiteral("practice"));
    click(visible(flow.get(), QStringLiteral("choice_happy")));
    settle();
    QCOMPARE(flow->engine().current()->id, QStringLiteral("life_happy"));
    click(visible(flow.get(), QStringLiteral("back")));
    settle();
    QCOMPARE(flow->engine().current()->id, QStringLiteral("practice"));
    // The child sees their own earlier answer and can keep it or change it.
    QVERIFY(visible(flow.get(), QStringLiteral("choice_happy"))->isChecked());
    QVERIFY(!visible(flow.get(), QStringLiteral("choice_sad"))->isChecked());
    click(visible(flow.get(), QStringLiteral("choice_sad")));
    settle();
    QCOMPARE(flow->engine().current()->id, QStringLiteral("life_happy"));
    QCOMPARE(flow->engine().answerFor(QStringLiteral("practice"))->codes,
             QStringList { QStringLiteral("sad") });
    QCOMPARE(sink.effectiveAnswers().value(QStringLiteral("practice")).codes,
             QStringList { QStringLiteral("sad") });
}

void TestChildFlow::talkRequestReachesHandBack()
{
    MemorySink sink;
    auto flow = makeFlow(m_surveys[QStringLiteral("young-people-11-18.json")], sink);
    QSignalSpy handBack(flow.get(), &ChildFlow::handBack);
    advanceToFirstAnswerable(*flow);
    click(visible(flow.get(), QStringLiteral("choice_7")));
    settle();
    click(visible(flow.get(), QStringLiteral("talk")));
    settle();
    QVERIFY(flow->engine().talkRequested());
    QVERIFY(visible<QWidget>(flow.get(), QStringLiteral("talkQuestion")));
    // The question is hidden behind the talk screen; carrying on brings it back.
    QVERIFY(visibleButtons(flow.get(), QStringLiteral("choice_")).isEmpty());
    click(visible(flow.get(), QStringLiteral("carryOn")));
    settle();
    QVERIFY(!visibleButtons(flow.get(), QStringLiteral("choice_")).isEmpty());
    click(visible(flow.get(), QStringLiteral("talk")));
    settle();
    click(visible(flow.get(), QStringLiteral("stopNow")));
    settle();
    // Stopping from the talk screen still asks whether to keep the answers.
    QVERIFY(visible<QWidget>(flow.get(), QStringLiteral("stopQuestion")));
    click(visible(flow.get(), QStringLiteral("confirmStop")));
    settle();
    QVERIFY(visible(flow.get(), QStringLiteral("handBack")));
    click(visible(flow.get(), QStringLiteral("handBack")));
    QCOMPARE(handBack.count(), 1);
    QCOMPARE(handBack.at(0).at(0).value<SessionOutcome>(), SessionOutcome::Stopped);
    QCOMPARE(handBack.at(0).at(1).toBool(), true);
    QCOMPARE(sink.summaries().size(), 1);
    QVERIFY(sink.summaries().first().askedToTalk);
    QCOMPARE(sink.summaries().first().answered, 1);
}

void TestChildFlow::sinkFailureShowsCalmMessage()
{
    MemorySink sink;
    auto flow = makeFlow(m_surveys[QStringLiteral("children-4-7.json")], sink);
    QSignalSpy problem(flow.get(), &ChildFlow::storageProblem);
    advanceToFirstAnswerable(*flow);
    click(visible(flow.get(), QStringLiteral("choice_ok")));
    settle();
    QCOMPARE(flow->engine().current()->id, QStringLiteral("life_happy"));
    sink.failRecords = 1;
    click(visible(flow.get(), QStringLiteral("choice_happy")));
    settle();
    QCOMPARE(problem.count(), 1);
    QVERIFY(!problem.at(0).at(0).toString().contains(QStringLiteral("happy")));
    QCOMPARE(flow->engine().current()->id, QStringLiteral("life_happy")); // stays put
    auto *calm = visible<QLabel>(flow.get(), QStringLiteral("calmMessage"));
    QVERIFY(calm);
    QVERIFY(calm->text().contains(QStringLiteral("grown-up")));
    QVERIFY(visible<QLabel>(flow.get(), QStringLiteral("adultMessage")));
    QVERIFY(visibleButtons(flow.get(), QStringLiteral("choice_")).isEmpty());
    QCOMPARE(sink.effectiveAnswers().size(), 1); // the earlier answer is still there
    click(visible(flow.get(), QStringLiteral("retry")));
    settle();
    QCOMPARE(flow->engine().current()->id, QStringLiteral("trust_adults"));
    QCOMPARE(sink.effectiveAnswers().size(), 2);
}

void TestChildFlow::targetsAreBigEnough()
{
    MemorySink sink;
    auto young = makeFlow(m_surveys[QStringLiteral("children-4-7.json")], sink);
    advanceToFirstAnswerable(*young);
    const int min = young->minimumTarget();
    QVERIFY(min >= 48);
    const QList<QAbstractButton *> youngChoices
        = visibleButtons(young.get(), QStringLiteral("choice_"));
    MemorySink sink2;
    auto older = makeFlow(m_surveys[QStringLiteral("children-8-11.json")], sink2);
    advanceToFirstAnswerable(*older);
    const QList<QAbstractButton *> olderChoices
        = visibleButtons(older.get(), QStringLiteral("choice_"));
    QVERIFY(!youngChoices.isEmpty() && !olderChoices.isEmpty());
    for (QAbstractButton *b : youngChoices)
        QVERIFY(b->width() >= min && b->height() >= min);
    // Larger for 4-7 than for 8-11.
    QVERIFY(youngChoices.first()->height() > olderChoices.first()->height());
    for (QWidget *root :
         { static_cast<QWidget *>(young.get()), static_cast<QWidget *>(older.get()) })
        for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
            if (b->isVisible())
                QVERIFY2(b->width() >= 48 && b->height() >= 48, qPrintable(b->objectName()));
}

void TestChildFlow::autoPlayReadsPromptThenChoices()
{
    const Survey &survey = m_surveys[QStringLiteral("children-4-7.json")];
    MemorySink sink;
    FakeSpeaker speaker;
    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    info.surveyId = survey.id;
    info.language = QStringLiteral("en");
    PresentationProfile profile;
    profile.audio = PresentationProfile::Audio::AutoPlay;
    ChildFlowOptions options;
    options.assetsDir = assetsDir();
    options.speaker = &speaker;
    ChildFlow flow(survey, info, profile, sink, options);
    flow.resize(1280, 800);
    flow.show();
    QVERIFY(flow.start().ok());
    QCOMPARE(speaker.plays.size(), 1); // the welcome screen is read
    QCOMPARE(speaker.plays.last().first().audioKey, QStringLiteral("c47_welcome"));
    for (int i = 0; i < 6; ++i) {
        click(visible(&flow, QStringLiteral("next")));
        settle();
    }
    QCOMPARE(flow.engine().current()->id, QStringLiteral("practice"));
    const QList<Utterance> said = speaker.plays.last();
    QCOMPARE(said.size(), 4); // the prompt, then each face in order
    QCOMPARE(said.at(0).audioKey, QStringLiteral("c47_practice"));
    QCOMPARE(said.at(1).text, QStringLiteral("Sad"));
    QCOMPARE(said.at(2).text, QStringLiteral("OK"));
    QCOMPARE(said.at(3).text, QStringLiteral("Happy"));
    // Any tap interrupts the reading.
    QVERIFY(speaker.isPlaying());
    const int stops = speaker.stops;
    QTest::mousePress(&flow, Qt::LeftButton, {}, QPoint(640, 790));
    QTest::mouseRelease(&flow, Qt::LeftButton, {}, QPoint(640, 790));
    QVERIFY(!speaker.isPlaying());
    QVERIFY(speaker.stops > stops);
}

void TestChildFlow::speakerButtonsReadAloud()
{
    const Survey &survey = m_surveys[QStringLiteral("young-people-11-18.json")];
    MemorySink sink;
    FakeSpeaker speaker;
    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    info.language = QStringLiteral("en");
    PresentationProfile profile; // on tap
    ChildFlowOptions options;
    options.assetsDir = assetsDir();
    options.speaker = &speaker;
    ChildFlow flow(survey, info, profile, sink, options);
    flow.resize(1280, 800);
    flow.show();
    QVERIFY(flow.start().ok());
    QVERIFY(speaker.plays.isEmpty()); // nothing read unasked
    for (int i = 0; i < 30 && flow.engine().current()->id != QLatin1String("trust_adults"); ++i) {
        QList<QAbstractButton *> choices = visibleButtons(&flow, QStringLiteral("choice_"));
        click(choices.isEmpty() ? visible(&flow, QStringLiteral("next")) : choices.first());
        settle();
    }
    click(visible(&flow, QStringLiteral("speaker_prompt")));
    QCOMPARE(speaker.plays.last().first().audioKey, QStringLiteral("yp_trust_adults"));
    click(visible(&flow, QStringLiteral("speaker_sometimes")));
    QCOMPARE(speaker.plays.last().first().text, QStringLiteral("Sometimes"));
    QCOMPARE(flow.engine().current()->id,
             QStringLiteral("trust_adults")); // listening is not answering
}

void TestChildFlow::switchScanning()
{
    const Survey &survey = m_surveys[QStringLiteral("children-4-7.json")];
    MemorySink sink;
    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    PresentationProfile profile;
    profile.audio = PresentationProfile::Audio::Off;
    profile.switchScanning = true;
    profile.scanIntervalMs = 500;
    ChildFlowOptions options;
    options.assetsDir = assetsDir();
    ChildFlow flow(survey, info, profile, sink, options);
    flow.resize(1280, 800);
    flow.show();
    QApplication::setActiveWindow(&flow);
    QVERIFY(flow.start().ok());
    // The highlight moves by itself, one control at a time.
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QAbstractButton *>(QApplication::focusWidget()), 2000);
    QWidget *first = QApplication::focusWidget();
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget() != first, 2000);
    // Wait for the highlight to reach "OK" (next), then the switch (Enter) chooses it.
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget()
                                 && QApplication::focusWidget()->objectName()
                                     == QLatin1String("next"),
                             10000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    settle();
    QCOMPARE(flow.engine().current()->id, QStringLiteral("your_choice"));
}

void TestChildFlow::keyboardOnly()
{
    MemorySink sink;
    auto flow = makeFlow(m_surveys[QStringLiteral("children-4-7.json")], sink);
    QApplication::setActiveWindow(flow.get());
    advanceToFirstAnswerable(*flow);
    QAbstractButton *sad = visible(flow.get(), QStringLiteral("choice_sad"));
    sad->setFocus(Qt::TabFocusReason);
    QTest::keyClick(sad, Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("choice_ok"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("choice_happy"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("choice_ok"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    settle();
    QCOMPARE(flow->engine().answerFor(QStringLiteral("practice"))->codes,
             QStringList { QStringLiteral("ok") });
    // Space works too, and Tab reaches the special answers.
    QAbstractButton *first = visibleButtons(flow.get(), QStringLiteral("choice_")).first();
    first->setFocus(Qt::TabFocusReason);
    QString reached;
    for (int i = 0; i < 12 && !reached.startsWith(QStringLiteral("special_")); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = QApplication::focusWidget()->objectName();
    }
    QVERIFY2(reached.startsWith(QStringLiteral("special_")), qPrintable(reached));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    settle();
    QCOMPARE(flow->engine().current()->id, QStringLiteral("trust_adults"));
}

void TestChildFlow::kioskWordsInTheChildsLanguage()
{
    {
        MemorySink sink;
        auto flow
            = makeFlow(m_surveys[QStringLiteral("children-4-7.json")], sink, QStringLiteral("cy"));
        advanceToFirstAnswerable(*flow);
        QCOMPARE(visible(flow.get(), QStringLiteral("special_dont_know"))->text(),
                 QStringLiteral("Dw i ddim yn gwybod"));
        QCOMPARE(visible(flow.get(), QStringLiteral("talk"))->text(),
                 QStringLiteral("Dw i eisiau siarad \u00e2 rhywun"));
        QCOMPARE(visible(flow.get(), QStringLiteral("choice_happy"))->text(),
                 QStringLiteral("Hapus"));
        QCOMPARE(flow->layoutDirection(), Qt::LeftToRight);
    }
    settle();
    // The next child's words are not stuck in the last child's language.
    QCOMPARE(QCoreApplication::translate("heard::ChildFlow", "I don't know"),
             QStringLiteral("I don't know"));
    MemorySink sink;
    auto arabic = makeFlow(m_surveys[QStringLiteral("young-people-11-18.json")], sink,
                           QStringLiteral("ar"));
    QCOMPARE(arabic->layoutDirection(), Qt::RightToLeft);
    advanceToFirstAnswerable(*arabic);
    QCOMPARE(visible(arabic.get(), QStringLiteral("special_dont_know"))->text(),
             QStringLiteral("\u0644\u0627 \u0623\u0639\u0631\u0641"));
    // Right to left: the ladder's 0 is on the right.
    QVERIFY(visible(arabic.get(), QStringLiteral("choice_0"))->mapToGlobal(QPoint()).x()
            > visible(arabic.get(), QStringLiteral("choice_10"))->mapToGlobal(QPoint()).x());
}

QTEST_MAIN(TestChildFlow)
#include "tst_childflow.moc"
