#pragma once

#include "crypto/envelope.h"
#include "crypto/keybundle.h"
#include "crypto/securebytes.h"
#include "crypto/signeddefinition.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace heard {

/// How hard the passphrase KDF works. Moderate (Argon2id, 256 MiB) is for real keys; the
/// interactive strength exists only so tests run quickly and must never be used for real keys.
enum class KdfStrength {
    Moderate,
    InteractiveForTestsOnly,
};

/// The LA's secret keys (root signing key and every encryption key ever used), kept on disk in one
/// JSON file whose secrets are each encrypted with crypto_secretbox under a key derived from a
/// passphrase with crypto_pwhash (Argon2id). Never on a device. Format: docs/envelope.md.
class LaKeyStore
{
public:
    struct EncryptionKey
    {
        LaPublicKey info;
        SecureBytes secretKey; ///< 32-byte X25519
    };

    /// A fresh root key and a first encryption key valid from @p validFrom to @p validUntil.
    static Result<LaKeyStore> generate(QDate validFrom, QDate validUntil);
    /// "wrong_passphrase" when the passphrase does not decrypt the file's check value.
    static Result<LaKeyStore> load(const QString &path, const QByteArray &passphrase);
    /// Encrypts everything under @p passphrase with a fresh salt and writes @p path (0600,
    /// atomically). With @p overwrite false an existing file is an error ("exists").
    Result<void> save(const QString &path, const QByteArray &passphrase,
                      KdfStrength strength = KdfStrength::Moderate, bool overwrite = true) const;

    /// Adds a new encryption key; old ones stay so envelopes sealed to them still open.
    Result<LaPublicKey> addEncryptionKey(QDate validFrom, QDate validUntil);

    QByteArray rootPublicKey() const { return m_rootPublicKey; }
    const QList<EncryptionKey> &encryptionKeys() const { return m_keys; }
    /// The bundle of every encryption key's public half.
    KeyBundle bundle(QDate issued) const;
    /// The bundle signed with the root key (the file devices receive).
    Result<QByteArray> signedBundle(QDate issued) const;
    /// A survey definition update signed with the root key and checked against the root public
    /// key (heard-admin publish-survey).
    Result<SignedDefinition> signedDefinition(const QByteArray &definition) const;
    /// An opener holding every encryption key.
    Result<EnvelopeOpener> opener() const;

private:
    QByteArray m_rootPublicKey;
    SecureBytes m_rootSecretKey; ///< 64-byte Ed25519
    QList<EncryptionKey> m_keys;
};

} // namespace heard
