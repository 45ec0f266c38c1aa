#pragma once

#include "admincommands.h"

namespace heard::admin {

/// `heard-admin validate [--framework CSV] [--assets DIR] FILE...`: exit 0 when every file is a
/// valid survey definition, else 1 with one "FILE:LINE:COLUMN: POINTER: message" line per problem.
Command validateCommand();

/// The framework a definition is checked against: framework/wellbeing-framework.csv beside it
/// when there is one, else the copy built into heard-admin (shared with publish-survey).
QString defaultFrameworkFor(const QString &definitionPath);

} // namespace heard::admin
