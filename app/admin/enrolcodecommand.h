#pragma once

#include <QStringList>

namespace heard::admin {

/// `heard-admin enrol-code --db SPEC [--hours N]`: prints a one-time enrolment code (default 24 h).
int runEnrolCode(const QStringList &args);

} // namespace heard::admin
