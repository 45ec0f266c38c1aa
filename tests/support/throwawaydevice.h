#pragma once

#include "store/devicestorage.h"

#include <memory>

namespace heard::testutil {

/// A device data folder at @p dataDir sealing to a throwaway LA key whose secret half is gone:
/// for tests and benchmarks that never open what the device seals.
Result<std::unique_ptr<DeviceStorage>> openThrowawayDevice(const QString &dataDir);

} // namespace heard::testutil
