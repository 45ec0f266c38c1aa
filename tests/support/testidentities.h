#pragma once

#include "crypto/deviceidentity.h"

namespace heard::testutil {

/// A device identity from a fresh random seed.
DeviceIdentity randomDevice();

/// The same device identity for the same @p n: many distinct devices, reproducibly.
DeviceIdentity deviceFromSeed(quint32 n);

} // namespace heard::testutil
