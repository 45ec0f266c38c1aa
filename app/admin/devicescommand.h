#pragma once

#include <QStringList>

namespace heard::admin {

/// `heard-admin devices --db SPEC`: one line per enrolled device: short id, public key (base64),
/// enrolment time, and whether it is revoked.
int runDevices(const QStringList &args);

} // namespace heard::admin
