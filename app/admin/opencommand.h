#pragma once

#include "admincommands.h"

namespace heard::admin {

/// `heard-admin open --keys DIR --format csv|jsonl --out FILE SOURCE...`: opens envelopes with the
/// LA keys into one row per response. Rejected envelopes are reported on stderr and skipped;
/// exit 0 when all opened, 2 when some were rejected, 1 when nothing could be done.
Command openCommand();

} // namespace heard::admin
