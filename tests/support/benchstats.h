#pragma once

#include <QList>

namespace heard::testutil {

/// The value below which the share @p p (0 to 1) of @p values lies: the nearest rank, taken
/// from below; 0 for no values.
double percentile(QList<double> values, double p);

} // namespace heard::testutil
