#pragma once

#include "crypto/securebytes.h"

#include <QByteArray>

namespace heard::testutil {

/// A throwaway libsodium key pair: X25519 like the LA's encryption key (devices seal to its
/// public half) or Ed25519 like the LA's root key (it signs key bundles and definitions).
struct TestKeyPair
{
    QByteArray publicKey;
    SecureBytes secretKey;

    /// A fresh random X25519 (crypto_box) pair.
    static TestKeyPair box();
    /// The X25519 pair libsodium derives from @p seed (32 bytes), for fixed test vectors.
    static TestKeyPair boxFromSeed(const QByteArray &seed);
    /// Only the public half of a fresh X25519 pair: for devices whose envelopes no test opens.
    static QByteArray randomBoxPublicKey();
    /// A fresh random Ed25519 (crypto_sign) pair.
    static TestKeyPair sign();
};

} // namespace heard::testutil
