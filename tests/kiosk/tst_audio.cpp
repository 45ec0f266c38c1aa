// Audio through a real sound server: a private PulseAudio with a null sink is started for this
// test, and what the kiosk plays is recorded from the sink's monitor and checked for sound.
#include "audio/audioplayer.h"
#include "audiotest.h"
#include "kiosktest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

using namespace heard;
using namespace heard::test;

class TestAudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void synthesisedPromptIsHeard();
    void recordedClipIsPreferred();
    void stopInterruptsAtOnce();
    void languageWithoutVoiceSaysUnavailable();
    void unreadableRecordingFallsBack_data();
    void unreadableRecordingFallsBack();
    void stalledServerFallsBackThenRecovers();

private:
    QByteArray record(const std::function<void()> &play);

    QTemporaryDir m_runtime;
    QTemporaryDir m_assets;
    QProcess m_pulse;
};

void TestAudio::initTestCase()
{
    QVERIFY(m_runtime.isValid() && m_assets.isValid());
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    qunsetenv("PULSE_SERVER");
    m_pulse.setProcessChannelMode(QProcess::MergedChannels);
    m_pulse.start(QStringLiteral("pulseaudio"),
                  { QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                    QStringLiteral("-n"),
                    QStringLiteral("--load=module-null-sink sink_name=heard_test_sink"),
                    QStringLiteral("--load=module-native-protocol-unix") });
    QVERIFY2(m_pulse.waitForStarted(5000), "pulseaudio is needed (scripts/setup.sh installs it)");
    bool up = false;
    for (int i = 0; i < 50 && !up; ++i) {
        QProcess pactl;
        pactl.start(QStringLiteral("pactl"), { QStringLiteral("info") });
        up = pactl.waitForFinished(3000) && pactl.exitCode() == 0;
        if (!up)
            QTest::qWait(100);
    }
    QVERIFY2(up, "the private PulseAudio did not come up");
    QProcess::execute(QStringLiteral("pactl"),
                      { QStringLiteral("set-default-sink"), QStringLiteral("heard_test_sink") });
    QVERIFY(AudioPlayer::hasOutput());
    // A recorded clip for one key, made with espeak-ng like the generated English pack.
    QDir(m_assets.path()).mkpath(QStringLiteral("audio/en"));
    QCOMPARE(QProcess::execute(QStringLiteral("espeak-ng"),
                               { QStringLiteral("-w"),
                                 m_assets.filePath(QStringLiteral("audio/en/hello.wav")),
                                 QStringLiteral("Hello there") }),
             0);
}

void TestAudio::cleanupTestCase()
{
    if (m_pulse.state() != QProcess::NotRunning) {
        m_pulse.terminate();
        if (!m_pulse.waitForFinished(3000))
            m_pulse.kill();
    }
}

QByteArray TestAudio::record(const std::function<void()> &play)
{
    const QString file = m_runtime.filePath(QStringLiteral("captured.wav"));
    QFile::remove(file);
    QProcess rec;
    rec.start(QStringLiteral("parecord"),
              { QStringLiteral("--latency-msec=20"), QStringLiteral("-d"),
                QStringLiteral("heard_test_sink.monitor"), QStringLiteral("--file-format=wav"),
                file });
    if (!rec.waitForStarted(3000))
        return {};
    QTest::qWait(300);
    play();
    QTest::qWait(300);
    ::kill(pid_t(rec.processId()), SIGINT); // SIGINT flushes the tail; SIGTERM loses it
    rec.waitForFinished(3000);
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// These tests are about which source plays, not about a stalled server (that is
/// stalledServerFallsBackThenRecovers): a loaded test machine can hold back a sink's first samples
/// for longer than the product's 1.5 s, which would rightly try the next source and fail them.
static void patientWithTheServer(AudioPlayer &player)
{
    player.setTimeouts(8000, 3000, 6000);
}

void TestAudio::synthesisedPromptIsHeard()
{
    AudioPlayer player(m_assets.path());
    patientWithTheServer(player);
    QSignalSpy started(&player, &Speaker::started);
    QSignalSpy idle(&player, &Speaker::idle);
    QSignalSpy unavailable(&player, &Speaker::unavailable);
    const QByteArray wav = record([&] {
        player.play({ { QStringLiteral("no_such_clip"),
                        QStringLiteral("How happy are you with your life?") } });
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 15000);
    });
    QCOMPARE(unavailable.count(), 0);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).value<Speaker::Source>(), Speaker::Source::Synthesised);
    const int peak = wavPeak(wav);
    qInfo("captured %lld bytes, peak %d", qlonglong(wav.size()), peak);
    QVERIFY2(peak > 2000, "sound came out of the null sink");
}

void TestAudio::recordedClipIsPreferred()
{
    AudioPlayer player(m_assets.path());
    patientWithTheServer(player);
    QCOMPARE(player.recordingFor(QStringLiteral("hello")),
             m_assets.filePath(QStringLiteral("audio/en/hello.wav")));
    QVERIFY(player.recordingFor(QStringLiteral("../hello")).isEmpty());
    // The generated pack is used only where there is no human recording.
    QTemporaryDir pack;
    QDir(pack.path()).mkpath(QStringLiteral("en"));
    QFile::copy(m_assets.filePath(QStringLiteral("audio/en/hello.wav")),
                pack.filePath(QStringLiteral("en/hello.wav")));
    QFile::copy(m_assets.filePath(QStringLiteral("audio/en/hello.wav")),
                pack.filePath(QStringLiteral("en/only_in_pack.wav")));
    player.setPackDir(pack.path());
    QCOMPARE(player.recordingFor(QStringLiteral("hello")),
             m_assets.filePath(QStringLiteral("audio/en/hello.wav")));
    QCOMPARE(player.recordingFor(QStringLiteral("only_in_pack")),
             pack.filePath(QStringLiteral("en/only_in_pack.wav")));
    QSignalSpy started(&player, &Speaker::started);
    QSignalSpy idle(&player, &Speaker::idle);
    const QByteArray wav = record([&] {
        player.play(
            { { QStringLiteral("hello"), QStringLiteral("words that would be synthesised") } });
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 15000);
    });
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).value<Speaker::Source>(), Speaker::Source::Recording);
    QVERIFY(wavPeak(wav) > 2000);
}

void TestAudio::stopInterruptsAtOnce()
{
    AudioPlayer player(m_assets.path());
    QSignalSpy started(&player, &Speaker::started);
    player.play({ { QString(),
                    QStringLiteral("This is a long sentence that would take several seconds "
                                   "to read aloud from beginning to end.") },
                  { QString(), QStringLiteral("And another one after it.") } });
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QVERIFY(player.isPlaying());
    QElapsedTimer t;
    t.start();
    player.stop();
    qInfo("stop took %lld ms", qlonglong(t.elapsed()));
    QVERIFY(t.elapsed() < 500);
    QVERIFY(!player.isPlaying());
    QTest::qWait(500);
    QCOMPARE(started.count(), 1); // the queue went too
    player.clear();
}

void TestAudio::languageWithoutVoiceSaysUnavailable()
{
    // espeak-ng has no Pashto voice: there must be a recording, or the screen says so.
    AudioPlayer player(m_assets.path());
    player.setLanguage(QStringLiteral("ps"));
    QSignalSpy unavailable(&player, &Speaker::unavailable);
    QSignalSpy idle(&player, &Speaker::idle);
    player.play({ { QStringLiteral("x"), QStringLiteral("سلام") } });
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 10000);
    QCOMPARE(idle.count(), 1);
    QVERIFY(!player.isPlaying());
}

void TestAudio::unreadableRecordingFallsBack_data()
{
    QTest::addColumn<bool>("withPack");
    QTest::addColumn<Speaker::Source>("expected");
    QTest::newRow("to the pack") << true << Speaker::Source::Recording;
    QTest::newRow("to speech") << false << Speaker::Source::Synthesised;
}

void TestAudio::unreadableRecordingFallsBack()
{
    QFETCH(bool, withPack);
    QFETCH(Speaker::Source, expected);
    // A damaged human recording: the next source speaks instead, and the child hears it.
    QFile broken(m_assets.filePath(QStringLiteral("audio/en/broken.wav")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("RIFF\x10\0\0\0WAVEjunk and more junk");
    broken.close();
    QTemporaryDir pack;
    QDir(pack.path()).mkpath(QStringLiteral("en"));
    if (withPack)
        QVERIFY(QFile::copy(m_assets.filePath(QStringLiteral("audio/en/hello.wav")),
                            pack.filePath(QStringLiteral("en/broken.wav"))));
    AudioPlayer player(m_assets.path());
    patientWithTheServer(player);
    player.setPackDir(pack.path());
    QCOMPARE(player.recordingsFor(QStringLiteral("broken")).size(), withPack ? 2 : 1);
    QSignalSpy started(&player, &Speaker::started);
    QSignalSpy idle(&player, &Speaker::idle);
    QSignalSpy unavailable(&player, &Speaker::unavailable);
    const QByteArray wav = record([&] {
        player.play({ { QStringLiteral("broken"), QStringLiteral("Hello there") } });
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 15000);
    });
    QCOMPARE(unavailable.count(), 0);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).value<Speaker::Source>(), expected);
    QVERIFY2(wavPeak(wav) > 2000, "the fallback was heard");
}

/// Whether the test sink is suspended, as the sound server reports it.
static bool sinkSuspended()
{
    QProcess pactl;
    pactl.start(QStringLiteral("pactl"),
                { QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sinks") });
    pactl.waitForFinished(3000);
    for (const QByteArray &line : pactl.readAllStandardOutput().split('\n')) {
        if (line.contains("heard_test_sink"))
            return line.contains("SUSPENDED");
    }
    return true;
}

void TestAudio::stalledServerFallsBackThenRecovers()
{
    // A suspended sink takes no samples: the player must not sit on a silent stream. Every
    // source is tried, then the screen says sound is not working; once the server plays again,
    // the very same player is heard (a fresh stream, nothing stuck from before).
    auto suspend = [](bool on) {
        return QProcess::execute(QStringLiteral("pactl"),
                                 { QStringLiteral("suspend-sink"),
                                   QStringLiteral("heard_test_sink"),
                                   on ? QStringLiteral("1") : QStringLiteral("0") });
    };
    AudioPlayer player(m_assets.path());
    player.setTimeouts(8000, 3000, 400);
    QSignalSpy started(&player, &Speaker::started);
    QSignalSpy idle(&player, &Speaker::idle);
    QSignalSpy unavailable(&player, &Speaker::unavailable);
    QCOMPARE(suspend(true), 0);
    QElapsedTimer t;
    t.start();
    player.play({ { QStringLiteral("hello"), QStringLiteral("Hello there") } });
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 10000);
    const qint64 gaveUp = t.elapsed();
    QCOMPARE(suspend(false), 0);
    qInfo("stalled sources tried: %lld, unavailable after %lld ms", qlonglong(started.count()),
          qlonglong(gaveUp));
    QCOMPARE(idle.count(), 1);
    QVERIFY(!player.isPlaying());
    QCOMPARE(started.count(), 2); // the recording, then speech
    QCOMPARE(started.at(0).at(0).value<Speaker::Source>(), Speaker::Source::Recording);
    QCOMPARE(started.at(1).at(0).value<Speaker::Source>(), Speaker::Source::Synthesised);
    // The server resumes the sink on its own time: wait until it says so, and give the player
    // a patient stall allowance again (400 ms above was to give up quickly while suspended).
    QTRY_VERIFY_WITH_TIMEOUT(!sinkSuspended(), 5000);
    patientWithTheServer(player);
    const QByteArray wav = record([&] {
        player.play({ { QStringLiteral("hello"), QStringLiteral("Hello there") } });
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, 15000);
    });
    QCOMPARE(unavailable.count(), 1);
    QVERIFY2(wavPeak(wav) > 2000, "heard again once the server plays");
}

QTEST_MAIN(TestAudio)
#include "tst_audio.moc"
