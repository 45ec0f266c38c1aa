#pragma once

#include "crypto/securebytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace heard {

/// Ed25519 signatures by the LA root key, domain-separated: what is signed is a context string
/// with its zero byte, then the exact bytes. Each kind of signed document (key bundles, survey
/// definitions) has its own context, so a signature over one can never pass as the other.
/// Callers check key sizes and ensureSodium() first.
class RootSignature
{
public:
    /// @p context is a string literal; its zero byte is signed too (hence the array size).
    template<qsizetype N>
    static QByteArray sign(const char (&context)[N], const QByteArray &bytes,
                           const SecureBytes &rootSecretKey)
    {
        return signWith(QByteArrayView(context, N), bytes, rootSecretKey);
    }
    template<qsizetype N>
    static bool verify(const char (&context)[N], const QByteArray &bytes,
                       const QByteArray &signature, const QByteArray &rootPublicKey)
    {
        return verifyWith(QByteArrayView(context, N), bytes, signature, rootPublicKey);
    }

private:
    static QByteArray signWith(QByteArrayView context, const QByteArray &bytes,
                               const SecureBytes &rootSecretKey);
    static bool verifyWith(QByteArrayView context, const QByteArray &bytes,
                           const QByteArray &signature, const QByteArray &rootPublicKey);
};

} // namespace heard
