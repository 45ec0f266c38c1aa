#include "testidentities.h"

#include <sodium.h>

namespace heard::testutil {

DeviceIdentity randomDevice()
{
    QByteArray seed(32, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    return DeviceIdentity::fromSeed(seed).value();
}

DeviceIdentity deviceFromSeed(quint32 n)
{
    QByteArray seed(32, char(0));
    seed[0] = char(n & 0xff);
    seed[1] = char((n >> 8) & 0xff);
    seed[2] = char((n >> 16) & 0xff);
    seed[31] = 'x';
    return DeviceIdentity::fromSeed(seed).value();
}

} // namespace heard::testutil
