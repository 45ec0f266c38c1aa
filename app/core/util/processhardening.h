#pragma once

#include "util/result.h"

namespace heard {

/// Make sure a crash never writes this process's memory (answers, keys) to disk: sets
/// RLIMIT_CORE to 0 (soft and hard, so it cannot be raised again) and, on Linux, marks the
/// process non-dumpable, which also covers core_pattern pipes and ptrace by other users.
/// Error code: "hardening_failed".
Result<void> disableCoreDumps();

} // namespace heard
