#pragma once

#include <QStringList>

namespace heard::testutil {

/// The whole number after @p name in @p args (`--envelopes 5000`), or @p fallback.
int optionValue(const QStringList &args, const QString &name, int fallback);

} // namespace heard::testutil
