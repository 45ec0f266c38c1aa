#pragma once

#include <QByteArray>
#include <QString>

namespace heard::testutil {

/// The whole of the file at @p path; empty when it cannot be read.
QByteArray readFileBytes(const QString &path);

/// Replaces the file at @p path with @p bytes; false unless every byte was written.
bool writeFileBytes(const QString &path, const QByteArray &bytes);

} // namespace heard::testutil
