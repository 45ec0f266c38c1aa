#pragma once

#include <QStringList>

namespace heard::admin {

/// `heard-admin import --db SPEC DIR`: loads every DIR/*.heardbatch (from `heard-device export`)
/// through the same acceptance path as the network, so each record is stored once. Exit 0 when
/// every file was accepted (records may still be individually rejected; they are counted).
int runImport(const QStringList &args);

} // namespace heard::admin
