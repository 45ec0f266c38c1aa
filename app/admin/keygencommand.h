#pragma once

#include "admincommands.h"

namespace heard::admin {

/// `heard-admin keygen --out DIR`: a new LA root key, first encryption key and signed key bundle.
Command keygenCommand();

} // namespace heard::admin
