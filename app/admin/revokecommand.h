#pragma once

#include <QStringList>

namespace heard::admin {

/// `heard-admin revoke --db SPEC DEVICE`: DEVICE is a short id or base64 public key from
/// `devices`. The device's token stops working at once; what it sent stays.
int runRevoke(const QStringList &args);

} // namespace heard::admin
