#pragma once

#include "admincommands.h"

namespace heard::admin {

/// `heard-admin audio-pack --language LANG --out DIR FILE...`: speaks every prompt and choice of
/// the surveys with espeak-ng into DIR/LANG/KEY.wav, so audio works before anyone records a human
/// voice. Unchanged texts are not spoken again.
Command audioPackCommand();

} // namespace heard::admin
