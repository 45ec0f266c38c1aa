#pragma once

#include "audio/speaker.h"

#include <QByteArray>
#include <QList>

class QAudioOutput;
class QBuffer;
class QMediaPlayer;
class QProcess;
class QTimer;

namespace heard {

/// The kiosk's Speaker: a recorded clip from ASSETS/audio/LANG/KEY.wav when there is one, else
/// speech synthesised offline by the espeak-ng program into memory (no file is written), else
/// "audio unavailable". No sound device is a normal case and is reported at once; synthesis and
/// playback each have a timeout, so nothing ever waits on a sound server forever.
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
    void setTimeouts(int synthesisMs, int extraPlayMs);
    /// Whether the platform reports any audio output right now.
    static bool hasOutput();
    /// A generated pack (PACK/LANG/KEY.wav) used when assets/audio has no human recording.
    void setPackDir(const QString &dir) { m_packDir = dir; }
    /// The clip for @p key in the current language (human recording first, then the pack), or
    /// empty.
    QString recordingFor(const QString &key) const;

private:
    void playNext();
    void startPlayback(Source source, qint64 expectedMs);
    void fail(const QString &reason);
    void finishItem();

    QString m_assetsDir;
    QString m_packDir;
    QString m_language = QStringLiteral("en");
    QString m_espeak = QStringLiteral("espeak-ng");
    int m_synthesisMs = 8000;
    int m_extraPlayMs = 3000;
    QList<Utterance> m_queue;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QBuffer *m_buffer = nullptr;
    QByteArray m_wav;
    QProcess *m_process = nullptr;
    QTimer *m_guard = nullptr;
    bool m_busy = false;
};

} // namespace heard
