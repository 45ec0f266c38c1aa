#pragma once

#include <QStringList>

namespace heard::admin {

/// `heard-admin publish --db SPEC --text TEXT [--picture FILE] [--audio FILE]`: a "You said, we
/// did" message every kiosk receives with its next config pull.
int runPublish(const QStringList &args);

} // namespace heard::admin
