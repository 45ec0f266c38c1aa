// No sound server is a normal case: the kiosk says audio is unavailable, at once, and the child's
// screen says so too; nothing waits. Run with PULSE_SERVER pointing nowhere (see CMakeLists).
#include "audio/audioplayer.h"
#include "child/childflow.h"
#include "kiosktest.h"
#include "session/memoryanswersink.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>

using namespace heard;
using namespace heard::test;

class TestAudioNoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void playerSaysUnavailable();
    void childSeesItCalmly();
};

void TestAudioNoServer::playerSaysUnavailable()
{
    QVERIFY(qEnvironmentVariable("PULSE_SERVER").contains(QStringLiteral("nowhere")));
    QElapsedTimer t;
    t.start();
    AudioPlayer player(assetsDir());
    QSignalSpy unavailable(&player, &Speaker::unavailable);
    QSignalSpy idle(&player, &Speaker::idle);
    player.play({ { QStringLiteral("c47_welcome"), QStringLiteral("Hello!") } });
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 5000);
    QCOMPARE(idle.count(), 1);
    QVERIFY(!player.isPlaying());
    qInfo("unavailable reported after %lld ms", qlonglong(t.elapsed()));
    QVERIFY(t.elapsed() < 5000);
}

void TestAudioNoServer::childSeesItCalmly()
{
    const QMap<QString, Survey> surveys = loadSurveys();
    const Survey survey = surveys.value(QStringLiteral("children-4-7.json"));
    MemoryAnswerSink sink;
    AudioPlayer player(assetsDir());
    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    info.surveyId = survey.id;
    info.language = QStringLiteral("en");
    PresentationProfile profile;
    profile.audio = PresentationProfile::Audio::AutoPlay;
    ChildFlowOptions options;
    options.assetsDir = assetsDir();
    options.speaker = &player;
    ChildFlow flow(survey, info, profile, sink, options);
    flow.resize(1280, 800);
    flow.show();
    QVERIFY(flow.start().ok());
    QTRY_VERIFY_WITH_TIMEOUT(visible<QLabel>(&flow, QStringLiteral("audioUnavailable")), 5000);
    // The child can carry on regardless.
    click(visible(&flow, QStringLiteral("next")));
    settle();
    QCOMPARE(flow.engine().current()->id, QStringLiteral("your_choice"));
}

QTEST_MAIN(TestAudioNoServer)
#include "tst_audio_noserver.moc"
