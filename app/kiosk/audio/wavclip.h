#pragma once

#include "util/result.h"

#include <QAudioFormat>
#include <QByteArray>

namespace heard {

/// A PCM WAV file split into its sample format and its samples, so that it can be played with
/// QAudioSink straight to the sound server (no decoder pipeline in between).
struct WavClip
{
    QAudioFormat format;
    QByteArray pcm;

    /// Reads RIFF/WAVE with 8-, 16- or 32-bit integer or 32-bit float samples. espeak-ng's
    /// --stdout header has no real length, so the data runs to the end of what was given.
    static Result<WavClip> parse(const QByteArray &wav);
    qint64 milliseconds() const;
};

} // namespace heard
