#include "audio/audioplayer.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace heard {

namespace {
// Rough length of a PCM WAV from its header, to size the playback timeout.
qint64 wavMilliseconds(const QByteArray &wav)
{
    if (wav.size() < 44 || !wav.startsWith("RIFF"))
        return 10'000;
    auto le32 = [&](int at) {
        return quint32(quint8(wav[at])) | quint32(quint8(wav[at + 1])) << 8
            | quint32(quint8(wav[at + 2])) << 16 | quint32(quint8(wav[at + 3])) << 24;
    };
    const quint32 byteRate = le32(28);
    if (byteRate == 0)
        return 10'000;
    return qint64(wav.size() - 44) * 1000 / byteRate;
}
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
}

AudioPlayer::~AudioPlayer()
{
    stop();
}

void AudioPlayer::setLanguage(const QString &language)
{
    m_language = language.isEmpty() ? QStringLiteral("en") : language;
}

void AudioPlayer::setTimeouts(int synthesisMs, int extraPlayMs)
{
    m_synthesisMs = synthesisMs;
    m_extraPlayMs = extraPlayMs;
}

bool AudioPlayer::hasOutput()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

QString AudioPlayer::recordingFor(const QString &key) const
{
    if (key.isEmpty() || key.contains(u'/') || key.contains(u'\\') || key.startsWith(u'.'))
        return {};
    const QString file = QStringLiteral("%1/%2.wav").arg(m_language, key);
    const QString recorded = QDir(m_assetsDir).filePath(QStringLiteral("audio/") + file);
    if (QFileInfo::exists(recorded))
        return recorded;
    if (!m_packDir.isEmpty()) {
        const QString generated = QDir(m_packDir).filePath(file);
        if (QFileInfo::exists(generated))
            return generated;
    }
    return {};
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
    m_guard->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(500);
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (m_player) {
        m_player->disconnect(this);
        // pause() silences at once; stop() blocks ~1 s in the GStreamer backend of Qt 6.4,
        // which a child would feel as a frozen screen. The next play() replaces the source.
        m_player->pause();
    }
    m_busy = false;
}

void AudioPlayer::clear()
{
    stop();
    delete m_player;
    m_player = nullptr;
    delete m_output;
    m_output = nullptr;
    delete m_buffer;
    m_buffer = nullptr;
    m_wav.fill('\0');
    m_wav.clear();
}

void AudioPlayer::fail(const QString &reason)
{
    m_queue.clear();
    m_guard->stop();
    m_busy = false;
    Q_EMIT unavailable(reason);
    Q_EMIT idle();
}

void AudioPlayer::finishItem()
{
    m_guard->stop();
    if (m_player) {
        m_player->disconnect(this);
        m_player->stop();
    }
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
    const Utterance item = m_queue.takeFirst();
    const QString recording = recordingFor(item.audioKey);
    if (!recording.isEmpty()) {
        if (!m_player) {
            m_player = new QMediaPlayer(this);
            m_output = new QAudioOutput(this);
            m_player->setAudioOutput(m_output);
        }
        m_player->setSource(QUrl::fromLocalFile(recording));
        // Tapping the same speaker again starts the clip from its beginning: stop() only paused
        // it, and setting an unchanged source keeps the paused position.
        m_player->setPosition(0);
        QFile f(recording);
        QByteArray head;
        if (f.open(QIODevice::ReadOnly))
            head = f.read(44) + QByteArray(qMax<qint64>(0, f.size() - 44), '\0');
        startPlayback(Source::Recording, wavMilliseconds(head));
        return;
    }
    if (item.text.trimmed().isEmpty()) {
        playNext();
        return;
    }
    const QString program = QStandardPaths::findExecutable(m_espeak);
    if (program.isEmpty()) {
        fail(tr("Audio unavailable: no recording and no speech synthesiser"));
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        QProcess *p = m_process;
        m_process = nullptr;
        p->deleteLater();
        m_guard->stop();
        const QByteArray wav = p->readAllStandardOutput();
        if (status != QProcess::NormalExit || code != 0 || wav.size() <= 44) {
            fail(tr("Audio unavailable: speech could not be made for this language"));
            return;
        }
        m_wav = wav;
        if (!m_player) {
            m_player = new QMediaPlayer(this);
            m_output = new QAudioOutput(this);
            m_player->setAudioOutput(m_output);
        }
        if (!m_buffer)
            m_buffer = new QBuffer(this);
        m_buffer->close();
        m_buffer->setData(m_wav);
        m_buffer->open(QIODevice::ReadOnly);
        m_player->setSourceDevice(m_buffer, QUrl(QStringLiteral("speech.wav")));
        startPlayback(Source::Synthesised, wavMilliseconds(m_wav));
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
    m_process->write(item.text.toUtf8());
    m_process->closeWriteChannel();
    m_guard->start(m_synthesisMs);
}

void AudioPlayer::startPlayback(Source source, qint64 expectedMs)
{
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia || status == QMediaPlayer::InvalidMedia)
                    finishItem();
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &) {
                fail(tr("Audio unavailable: playback failed"));
            });
    m_guard->start(int(qMin<qint64>(expectedMs, 120'000)) + m_extraPlayMs);
    m_player->play();
    Q_EMIT started(source);
}

} // namespace heard
