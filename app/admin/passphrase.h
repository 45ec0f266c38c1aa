#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace heard::admin {

/// The LA passphrase: from @p file when given (first line, without its line ending), otherwise
/// asked on the terminal with echo off, twice when @p confirm (a new passphrase).
/// Never printed or logged.
Result<QByteArray> readPassphrase(const QString &file, bool confirm);

/// Wipes a passphrase once it is no longer needed.
void wipe(QByteArray &secret);

} // namespace heard::admin
