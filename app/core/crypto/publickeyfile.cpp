#include "crypto/publickeyfile.h"

#include "util/strictbase64.h"

#include <QFile>

namespace heard {

QByteArray readPublicKeyFile(const QString &path)
{
    constexpr qsizetype keySize = 32;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(4096);
    if (bytes.size() == keySize)
        return bytes;
    const auto decoded = strictBase64(bytes.trimmed());
    return decoded && decoded->size() == keySize ? *decoded : QByteArray();
}

} // namespace heard
