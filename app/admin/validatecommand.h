#pragma once

#include <QStringList>

namespace heard::admin {

/// `heard-admin validate [--framework CSV] [--assets DIR] FILE...`: exit 0 when every file is a
/// valid survey definition, else 1 with one "FILE:LINE:COLUMN: POINTER: message" line per problem.
int runValidate(const QStringList &args);

} // namespace heard::admin
