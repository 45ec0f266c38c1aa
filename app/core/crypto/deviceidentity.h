#pragma once

#include "crypto/securebytes.h"
#include "device/devicefolder.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace heard {

/// The device's Ed25519 signing key. The public key is the device id in every envelope header; the
/// secret key never leaves the device and lives in sodium_malloc'd memory.
class DeviceIdentity
{
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SecretKeySize = 64;
    static constexpr int SeedSize = 32;

    /// Loads DIR/device.key, or creates it (mode 0600, atomically; DIR 0700) when there is none.
    /// Refuses a key file that others can read.
    static Result<DeviceIdentity> loadOrCreate(const QString &dir);
    /// A deterministic identity from a 32-byte seed: for test vectors only.
    static Result<DeviceIdentity> fromSeed(const QByteArray &seed);
    static QString fileName() { return DeviceFolder::identityFileName(); }

    bool isNull() const { return m_publicKey.isEmpty(); }
    QByteArray publicKey() const { return m_publicKey; }
    /// Hex of the first 16 bytes of BLAKE2b-256 of the public key: for display and logs.
    QString deviceId() const;
    /// Ed25519 detached signature of @p message (64 bytes).
    QByteArray sign(const QByteArray &message) const;

private:
    QByteArray m_publicKey;
    SecureBytes m_secretKey;
};

} // namespace heard
