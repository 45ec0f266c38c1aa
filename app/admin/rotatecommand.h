#pragma once

#include "admincommands.h"

namespace heard::admin {

/// `heard-admin rotate --keys DIR`: adds a new encryption key and re-signs the bundle; old secret
/// keys stay so everything already sealed still opens.
Command rotateCommand();

} // namespace heard::admin
