#pragma once

#include "audio/speaker.h"
#include "audio/wavclip.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>

class QAudioSink;
class QBuffer;
class QProcess;
class QTimer;

namespace heard {

/// The kiosk's Speaker. Each utterance tries its sources in order: a human recording
/// (ASSETS/audio/LANG/KEY.wav), the generated pack (PACK/LANG/KEY.wav), speech synthesised
/// offline by espeak-ng into memory (no file is written), and only then says "audio
/// unavailable". A source that cannot be read, that the sound server refuses, or that stalls
/// (no samples taken for a while) hands over to the next one.
///
/// Clips are PCM WAV played with a fresh QAudioSink each (the sound server directly, no media
/// pipeline): Qt 6.4's GStreamer QMediaPlayer, reused after an interruption, could go silent for
/// the rest of the process while its position kept moving. No sound device is a normal case and
/// is reported at once; synthesis and playback each have a timeout, so nothing ever waits on a
/// sound server forever.
class AudioPlayer final : public Speaker
{
    Q_OBJECT

public:
    explicit AudioPlayer(QString assetsDir, QObject *parent = nullptr);
    ~AudioPlayer() override;

    void setLanguage(const QString &language) override;
    void play(const QList<Utterance> &items) override;
    void stop() override;
    bool isPlaying() const override;
    void clear() override;

    /// The espeak-ng program (tests point it elsewhere); empty or missing means no synthesis.
    void setSynthesiser(const QString &program) { m_espeak = program; }
    /// @p stallMs: how long the sound server may take no samples before the next source is tried.
    void setTimeouts(int synthesisMs, int extraPlayMs, int stallMs = 1500);
    /// Whether the platform reports any audio output right now.
    static bool hasOutput();
    /// A generated pack (PACK/LANG/KEY.wav) used when assets/audio has no human recording.
    void setPackDir(const QString &dir) { m_packDir = dir; }
    /// The clip for @p key in the current language (human recording first, then the pack), or
    /// empty.
    QString recordingFor(const QString &key) const;
    /// Every clip for @p key in the order they are tried (human recording, then the pack).
    QStringList recordingsFor(const QString &key) const;

private:
    void playNext();
    void tryNextSource();
    void synthesise();
    void startPlayback(Source source, const WavClip &clip);
    void dropSink();
    void fail(const QString &reason);
    void finishItem();
    void checkProgress();

    QString m_assetsDir;
    QString m_packDir;
    QString m_language = QStringLiteral("en");
    QString m_espeak = QStringLiteral("espeak-ng");
    int m_synthesisMs = 8000;
    int m_extraPlayMs = 3000;
    int m_stallMs = 1500;
    QList<Utterance> m_queue;
    Utterance m_item;
    QStringList m_clips; // recordings of m_item still to try
    bool m_synthesisTried = false;
    QString m_lastProblem;
    QAudioSink *m_sink = nullptr;
    QBuffer *m_buffer = nullptr;
    QByteArray m_pcm;
    qint64 m_lastProcessed = -1;
    QElapsedTimer m_progress; // since the sink last took samples
    QProcess *m_process = nullptr;
    QTimer *m_guard = nullptr;
    QTimer *m_watch = nullptr;
    bool m_busy = false;
};

} // namespace heard
