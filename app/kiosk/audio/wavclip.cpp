#include "audio/wavclip.h"

#include "util/errorcode.h"

#include <QtEndian>

namespace heard {

Result<WavClip> WavClip::parse(const QByteArray &wav)
{
    auto bad = [](const QString &why) { return Result<WavClip>::failure(ErrorCode::BadWav, why); };
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return bad(QStringLiteral("not a WAV file"));
    const char *d = wav.constData();
    int formatTag = 0;
    int channels = 0;
    int rate = 0;
    int bits = 0;
    qsizetype at = 12;
    while (at + 8 <= wav.size()) {
        const QByteArray id = wav.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(d + at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && body + 16 <= wav.size()) {
            formatTag = qFromLittleEndian<quint16>(d + body);
            channels = qFromLittleEndian<quint16>(d + body + 2);
            rate = int(qFromLittleEndian<quint32>(d + body + 4));
            bits = qFromLittleEndian<quint16>(d + body + 14);
            if (formatTag == 0xfffe && size >= 40 && body + 26 <= wav.size())
                formatTag = qFromLittleEndian<quint16>(d + body + 24); // WAVE_FORMAT_EXTENSIBLE
        } else if (id == "data") {
            if (formatTag == 0)
                return bad(QStringLiteral("no format before the samples"));
            QAudioFormat f;
            f.setChannelCount(channels);
            f.setSampleRate(rate);
            if (formatTag == 1 && bits == 8)
                f.setSampleFormat(QAudioFormat::UInt8);
            else if (formatTag == 1 && bits == 16)
                f.setSampleFormat(QAudioFormat::Int16);
            else if (formatTag == 1 && bits == 32)
                f.setSampleFormat(QAudioFormat::Int32);
            else if (formatTag == 3 && bits == 32)
                f.setSampleFormat(QAudioFormat::Float);
            else
                return bad(QStringLiteral("unsupported sample format"));
            if (channels < 1 || channels > 8 || rate < 4000 || rate > 192000)
                return bad(QStringLiteral("unsupported channels or rate"));
            const qsizetype available = wav.size() - body;
            qsizetype length = qMin<qsizetype>(available, qsizetype(size));
            length -= length % f.bytesPerFrame();
            WavClip clip;
            clip.format = f;
            clip.pcm = wav.mid(body, length);
            return clip;
        }
        at = body + qsizetype(size) + (size & 1); // chunks are padded to even sizes
    }
    return bad(QStringLiteral("no samples"));
}

qint64 WavClip::milliseconds() const
{
    return format.isValid() ? format.durationForBytes(int(pcm.size())) / 1000 : 0;
}

} // namespace heard
