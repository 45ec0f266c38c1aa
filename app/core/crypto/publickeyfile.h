#pragma once

#include <QByteArray>
#include <QString>

namespace heard {

/// A 32-byte public key from a file that holds it raw or as base64 text (how la-root.pub and
/// the LA's public keys are handed to devices). Empty when the file cannot be read or holds
/// anything else.
QByteArray readPublicKeyFile(const QString &path);

} // namespace heard
