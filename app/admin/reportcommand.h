#pragma once

#include "admincommands.h"

namespace heard::admin {

/// `heard-admin report --keys DIR --out DIR [--threshold N] [--compare SOURCE]... SOURCE...`:
/// opens envelopes like `open` and writes the LA's report, the children's Easy Read summary,
/// indicators.csv and comments-for-review.csv into the out folder.
Command reportCommand();

} // namespace heard::admin
