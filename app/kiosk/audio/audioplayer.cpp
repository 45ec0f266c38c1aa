#include "audio/audioplayer.h"

#include "util/logging.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMediaDevices>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace heard {

namespace {
// Silence after each clip: the sound server still holds the last buffer when the sink has read
// everything, and dropping the sink at that moment would cut the end of the last word.
constexpr qint64 tailMicroseconds = 250'000;
// How often a playing sink is checked for taking samples.
constexpr int watchMs = 100;
} // namespace

AudioPlayer::AudioPlayer(QString assetsDir, QObject *parent)
    : Speaker(parent)
    , m_assetsDir(std::move(assetsDir))
{
    m_guard = new QTimer(this);
    m_guard->setSingleShot(true);
    connect(m_guard, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            fail(tr("Speech could not be made in time"));
            return;
        }
        finishItem(); // playback should have ended by now: move on rather than wait forever
    });
    m_watch = new QTimer(this);
    m_watch->setInterval(watchMs);
    connect(m_watch, &QTimer::timeout, this, &AudioPlayer::checkProgress);
}

AudioPlayer::~AudioPlayer()
{
    stop();
}

void AudioPlayer::setLanguage(const QString &language)
{
    m_language = language.isEmpty() ? QStringLiteral("en") : language;
}

void AudioPlayer::setTimeouts(int synthesisMs, int extraPlayMs, int stallMs)
{
    m_synthesisMs = synthesisMs;
    m_extraPlayMs = extraPlayMs;
    m_stallMs = stallMs;
}

bool AudioPlayer::hasOutput()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

QStringList AudioPlayer::recordingsFor(const QString &key) const
{
    if (key.isEmpty() || key.contains(u'/') || key.contains(u'\\') || key.startsWith(u'.'))
        return {};
    QStringList out;
    const QString file = QStringLiteral("%1/%2.wav").arg(m_language, key);
    const QString recorded = QDir(m_assetsDir).filePath(QStringLiteral("audio/") + file);
    if (QFileInfo::exists(recorded))
        out.append(recorded);
    if (!m_packDir.isEmpty()) {
        const QString generated = QDir(m_packDir).filePath(file);
        if (QFileInfo::exists(generated))
            out.append(generated);
    }
    return out;
}

QString AudioPlayer::recordingFor(const QString &key) const
{
    const QStringList all = recordingsFor(key);
    return all.isEmpty() ? QString() : all.first();
}

bool AudioPlayer::isPlaying() const
{
    return m_busy;
}

void AudioPlayer::play(const QList<Utterance> &items)
{
    stop();
    m_queue = items;
    playNext();
}

void AudioPlayer::stop()
{
    m_queue.clear();
    m_clips.clear();
    m_guard->stop();
    m_watch->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(500);
        m_process->deleteLater();
        m_process = nullptr;
    }
    dropSink();
    m_busy = false;
}

void AudioPlayer::dropSink()
{
    m_watch->stop();
    if (!m_sink)
        return;
    // A stopped sink is never reused: the next clip gets a fresh one (cheap, and no state of an
    // interrupted stream can carry over). Deleted later: this may run inside its own signal.
    QAudioSink *sink = m_sink;
    m_sink = nullptr;
    sink->disconnect(this);
    sink->stop();
    if (m_buffer) {
        m_buffer->close();
        m_buffer->setData(QByteArray()); // lets clear() wipe the samples in place
        m_buffer = nullptr; // a child of the sink
    }
    sink->deleteLater();
}

void AudioPlayer::clear()
{
    stop();
    m_pcm.fill('\0');
    m_pcm.clear();
    m_item = {};
}

void AudioPlayer::fail(const QString &reason)
{
    m_queue.clear();
    m_clips.clear();
    m_guard->stop();
    dropSink();
    m_busy = false;
    Q_EMIT unavailable(reason);
    Q_EMIT idle();
}

void AudioPlayer::finishItem()
{
    m_guard->stop();
    dropSink();
    playNext();
}

void AudioPlayer::playNext()
{
    if (m_queue.isEmpty()) {
        if (m_busy) {
            m_busy = false;
            Q_EMIT idle();
        }
        return;
    }
    m_busy = true;
    if (!hasOutput()) {
        fail(tr("Audio unavailable: no sound device"));
        return;
    }
    m_item = m_queue.takeFirst();
    m_clips = recordingsFor(m_item.audioKey);
    m_synthesisTried = false;
    m_lastProblem.clear();
    if (m_clips.isEmpty() && m_item.text.trimmed().isEmpty()) {
        playNext();
        return;
    }
    tryNextSource();
}

void AudioPlayer::tryNextSource()
{
    m_guard->stop();
    dropSink();
    while (!m_clips.isEmpty()) {
        QFile f(m_clips.takeFirst());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const Result<WavClip> clip = WavClip::parse(f.readAll());
        if (!clip.ok()) {
            qCWarning(lcAudio, "audio: a recording could not be read (%s); trying the next source",
                      qPrintable(clip.error().message));
            continue;
        }
        startPlayback(Source::Recording, clip.value());
        return;
    }
    if (!m_synthesisTried && !m_item.text.trimmed().isEmpty()) {
        synthesise();
        return;
    }
    fail(m_lastProblem.isEmpty() ? tr("Audio unavailable: no recording and no speech synthesiser")
                                 : m_lastProblem);
}

void AudioPlayer::synthesise()
{
    m_synthesisTried = true;
    const QString program = QStandardPaths::findExecutable(m_espeak);
    if (program.isEmpty()) {
        fail(m_lastProblem.isEmpty()
                 ? tr("Audio unavailable: no recording and no speech synthesiser")
                 : m_lastProblem);
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        QProcess *p = m_process;
        m_process = nullptr;
        p->deleteLater();
        m_guard->stop();
        QByteArray wav = p->readAllStandardOutput();
        const Result<WavClip> clip = WavClip::parse(wav);
        wav.fill('\0');
        if (status != QProcess::NormalExit || code != 0 || !clip.ok() || clip->pcm.isEmpty()) {
            fail(tr("Audio unavailable: speech could not be made for this language"));
            return;
        }
        startPlayback(Source::Synthesised, clip.value());
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_process) {
            m_process->deleteLater();
            m_process = nullptr;
            fail(tr("Audio unavailable: the speech synthesiser did not start"));
        }
    });
    // The words go on stdin, so nothing a survey says ends up in a process list.
    m_process->start(program,
                     { QStringLiteral("-v"), m_language, QStringLiteral("--stdout"),
                       QStringLiteral("--stdin") });
    m_process->write(m_item.text.toUtf8());
    m_process->closeWriteChannel();
    m_guard->start(m_synthesisMs);
}

void AudioPlayer::startPlayback(Source source, const WavClip &clip)
{
    dropSink();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        fail(tr("Audio unavailable: no sound device"));
        return;
    }
    if (!device.isFormatSupported(clip.format)) {
        m_lastProblem = tr("Audio unavailable: playback failed");
        tryNextSource();
        return;
    }
    m_pcm.fill('\0');
    m_pcm = clip.pcm;
    const qint32 tail = clip.format.bytesForDuration(tailMicroseconds);
    m_pcm.append(tail, clip.format.sampleFormat() == QAudioFormat::UInt8 ? '\x80' : '\0');
    m_sink = new QAudioSink(device, clip.format, this);
    m_buffer = new QBuffer(m_sink);
    m_buffer->setData(m_pcm);
    m_buffer->open(QIODevice::ReadOnly);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (!m_sink)
            return;
        if (state == QAudio::IdleState && m_buffer && m_buffer->atEnd()) {
            finishItem(); // every sample (and the silent tail) went to the sound server
        } else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
            qCWarning(lcAudio,
                      "audio: the sound server stopped the clip (error %d); trying the next source",
                      int(m_sink->error()));
            m_lastProblem = tr("Audio unavailable: playback failed");
            tryNextSource();
        }
    });
    QAudioSink *sink = m_sink;
    sink->start(m_buffer);
    if (m_sink != sink) // refused at once and already handed to the next source
        return;
    if (sink->error() == QAudio::OpenError || sink->error() == QAudio::FatalError) {
        m_lastProblem = tr("Audio unavailable: playback failed");
        tryNextSource();
        return;
    }
    m_lastProcessed = -1;
    m_progress.start();
    m_watch->start();
    m_guard->start(int(qMin<qint64>(clip.milliseconds(), 120'000)) + m_extraPlayMs);
    Q_EMIT started(source);
}

void AudioPlayer::checkProgress()
{
    if (!m_sink)
        return;
    const qint64 processed = m_sink->processedUSecs();
    if (processed != m_lastProcessed) {
        m_lastProcessed = processed;
        m_progress.restart();
        return;
    }
    if (m_progress.elapsed() < m_stallMs)
        return;
    // The sound server has taken nothing for a while: this stream is stuck. A new sink, and the
    // next source, rather than a silent screen.
    qCWarning(lcAudio, "audio: playback stalled for %lld ms; trying the next source",
              qlonglong(m_progress.elapsed()));
    m_lastProblem = tr("Audio unavailable: playback failed");
    tryNextSource();
}

} // namespace heard
