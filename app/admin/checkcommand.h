#pragma once

#include "admincommands.h"

namespace heard::admin {

/// `heard-admin check --keys DIR`: the passphrase opens the keys, the bundle verifies, and a sample
/// sealed to every bundle key opens.
Command checkCommand();

} // namespace heard::admin
