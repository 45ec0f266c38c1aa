#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace heard {

/// Files that hold secrets: written atomically with mode 0600 (temporary file in the same folder,
/// fsync, rename, fsync the folder), and refused on reading when others could read them.
namespace PrivateFile {

/// Writes @p bytes to @p path. With @p overwrite false an existing file is an error ("exists").
Result<void> write(const QString &path, const QByteArray &bytes, bool overwrite = true);

/// Reads @p path; fails with "insecure_permissions" when group or others may read or write it.
Result<QByteArray> read(const QString &path);

} // namespace PrivateFile

/// Atomically writes a file others may read (mode 0644): public keys, bundles.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes,
                                 bool overwrite = true);

} // namespace heard
