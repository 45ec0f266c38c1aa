// "You said, we did" on the child's screens: the LA's latest message before the first question and
// on the end screen, in the words the kiosk was given, and never when there is none.
#include "child/childflow.h"
#include "kiosktest.h"
#include "session/memoryanswersink.h"
#include "session/sessionengine.h"

#include <QLabel>

using namespace heard;
using namespace heard::test;

namespace {
const QString sunflowers = QStringLiteral("You said the garden was boring, so we planted sunflowers.");
}

class TestLaMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_surveys = loadSurveys(); QVERIFY(!m_surveys.isEmpty()); }
    void shownBeforeTheFirstQuestion_data();
    void shownBeforeTheFirstQuestion();
    void notShownWithoutAMessage();
    void onTheEndScreen();

private:
    std::unique_ptr<ChildFlow> makeFlow(const Survey &survey, MemoryAnswerSink &sink,
                                        const QString &message);
    static QString overlayText(QWidget *flow, const QString &name);
    QMap<QString, Survey> m_surveys;
};

std::unique_ptr<ChildFlow> TestLaMessage::makeFlow(const Survey &survey, MemoryAnswerSink &sink,
                                                   const QString &message)
{
    const SessionInfo info = SessionInfo::begin(survey);
    PresentationProfile profile;
    profile.audio = PresentationProfile::Audio::Off;
    ChildFlowOptions options;
    options.assetsDir = assetsDir();
    options.laMessage = message;
    auto flow = std::make_unique<ChildFlow>(survey, info, profile, sink, options);
    flow->resize(1280, 800);
    flow->show();
    if (!flow->start().ok())
        qWarning("start failed");
    settle();
    return flow;
}

QString TestLaMessage::overlayText(QWidget *flow, const QString &name)
{
    for (QWidget *page : flow->findChildren<QWidget *>(name)) {
        if (!page->isVisible())
            continue;
        if (auto *label = page->findChild<QLabel *>(QStringLiteral("message")))
            return plainText(label->text());
    }
    return {};
}

void TestLaMessage::shownBeforeTheFirstQuestion_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : m_surveys.keys())
        QTest::newRow(qPrintable(file)) << file;
}

void TestLaMessage::shownBeforeTheFirstQuestion()
{
    QFETCH(QString, file);
    MemoryAnswerSink sink;
    auto flow = makeFlow(m_surveys[file], sink, sunflowers);
    // Assent screens come first, untouched by the message.
    int infoScreens = 0;
    while (flow->engine().current()->kind == QuestionKind::Info) {
        QVERIFY(overlayText(flow.get(), QStringLiteral("laMessage")).isEmpty());
        QAbstractButton *next = visible(flow.get(), QStringLiteral("next"));
        QVERIFY(next);
        click(next);
        settle();
        QVERIFY(++infoScreens < 20);
    }
    QVERIFY(infoScreens >= 3);
    const QString shown = overlayText(flow.get(), QStringLiteral("laMessage"));
    QVERIFY2(shown.endsWith(sunflowers), qPrintable(shown));
    QVERIFY(visibleButtons(flow.get(), QStringLiteral("choice_")).isEmpty()); // the question waits
    QAbstractButton *ok = visible(flow.get(), QStringLiteral("laMessageOk"));
    QVERIFY(ok);
    QVERIFY(!ok->accessibleName().isEmpty());
    click(ok);
    settle();
    QVERIFY(overlayText(flow.get(), QStringLiteral("laMessage")).isEmpty());
    QVERIFY(flow->engine().current()->isAnswerable());
    QCOMPARE(sink.records().size(), 0); // reading the message answers nothing
}

void TestLaMessage::notShownWithoutAMessage()
{
    MemoryAnswerSink sink;
    auto flow = makeFlow(m_surveys.first(), sink, QString());
    while (flow->engine().current()->kind == QuestionKind::Info) {
        click(visible(flow.get(), QStringLiteral("next")));
        settle();
    }
    QVERIFY(flow->findChildren<QWidget *>(QStringLiteral("laMessage")).isEmpty());
}

void TestLaMessage::onTheEndScreen()
{
    MemoryAnswerSink sink;
    auto flow = makeFlow(m_surveys.first(), sink, sunflowers);
    flow->stopSession(SessionOutcome::Stopped);
    settle();
    const QString end = overlayText(flow.get(), QStringLiteral("endScreen"));
    QVERIFY2(end.contains(QStringLiteral("0800 1111")), qPrintable(end));
    QVERIFY2(end.contains(sunflowers), qPrintable(end));
}

QTEST_MAIN(TestLaMessage)
#include "tst_lamessage.moc"
