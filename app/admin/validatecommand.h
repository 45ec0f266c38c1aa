#pragma once

#include "admincommands.h"

namespace heard::admin {

/// `heard-admin validate [--framework CSV] [--assets DIR] FILE...`: exit 0 when every file is a
/// valid survey definition, else 1 with one "FILE:LINE:COLUMN: POINTER: message" line per problem.
Command validateCommand();

} // namespace heard::admin
