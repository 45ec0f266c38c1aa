#pragma once

#include <QString>

namespace heard {

/// The device's data folder (identity, outbox, sync settings, adult PIN) when none is given: the
/// same for heard-kiosk and heard-device, so the command-line tool syncs what the kiosk sealed.
QString defaultDeviceDataDir();

} // namespace heard
