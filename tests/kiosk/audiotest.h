#pragma once

#include <QByteArray>
#include <QtEndian>

namespace heard::test {

/// Peak absolute sample of a 16-bit PCM WAV (0 if it is not one).
inline int wavPeak(const QByteArray &wav)
{
    const int data = wav.indexOf("data");
    if (!wav.startsWith("RIFF") || data < 0)
        return 0;
    int peak = 0;
    for (qsizetype i = data + 8; i + 1 < wav.size(); i += 2) {
        const qint16 s = qFromLittleEndian<qint16>(wav.constData() + i);
        peak = qMax(peak, qAbs(int(s)));
    }
    return peak;
}

} // namespace heard::test
