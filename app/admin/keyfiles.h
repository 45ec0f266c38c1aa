#pragma once

#include "crypto/lakeystore.h"
#include "util/result.h"

#include <QString>

namespace heard::admin {

/// The files `heard-admin keygen` writes into the LA's key folder.
struct KeyFiles
{
    explicit KeyFiles(const QString &dir);
    QString secret; ///< la-secret.json: passphrase-protected secret keys (0600)
    QString rootPublicKey; ///< la-root.pub: base64 root public key, pinned on devices
    QString bundle; ///< key-bundle.json: signed public keys for devices

    /// Asks for the passphrase (or reads @p passphraseFile) and loads la-secret.json; checks that
    /// la-root.pub is the store's root key. "wrong_passphrase" says exactly that.
    Result<LaKeyStore> load(const QString &passphraseFile) const;
    /// la-root.pub, decoded.
    Result<QByteArray> readRootPublicKey() const;
};

} // namespace heard::admin
