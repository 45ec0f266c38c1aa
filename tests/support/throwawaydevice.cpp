#include "throwawaydevice.h"

#include "testkeypair.h"

namespace heard::testutil {

Result<std::unique_ptr<DeviceStorage>> openThrowawayDevice(const QString &dataDir)
{
    return DeviceStorage::open(dataDir, TestKeyPair::randomBoxPublicKey());
}

} // namespace heard::testutil
