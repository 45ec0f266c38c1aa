#pragma once

#include "crypto/securebytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace heard {

/// One LA encryption public key (X25519) as published in the key bundle.
struct LaPublicKey
{
    QByteArray keyId; ///< EnvelopeHeader::keyIdFor(publicKey)
    QByteArray publicKey; ///< 32 bytes
    QDate validFrom;
    QDate validUntil; ///< inclusive

    bool validOn(QDate day) const { return day >= validFrom && day <= validUntil; }
    bool operator==(const LaPublicKey &other) const = default;
};

/// The LA's published encryption keys, signed by the LA root key that devices pin at enrolment.
/// On disk (docs/envelope.md): {"bundle": base64(bundle JSON), "signature": base64(Ed25519 over
/// "heard-key-bundle-v1\0" | bundle JSON bytes)}; the bundle JSON is
/// {"v":1,"issued":"YYYY-MM-DD","keys":[{"keyId":hex,"publicKey":base64,"validFrom","validUntil"}]}.
class KeyBundle
{
public:
    static constexpr char SignatureContext[] = "heard-key-bundle-v1"; ///< signed with its zero byte

    KeyBundle() = default;
    KeyBundle(QList<LaPublicKey> keys, QDate issued);

    /// Checks the root signature over the exact bundle bytes, then parses them strictly.
    static Result<KeyBundle> verify(const QByteArray &signedBytes, const QByteArray &rootPublicKey);
    /// Parses a signed bundle file without checking its signature. Only for the LA's own services,
    /// which hold the file the LA signed (the inbox, to know which key ids it can accept); a
    /// device must use verify().
    static Result<KeyBundle> readUnverified(const QByteArray &signedBytes);
    /// The signed file for this bundle (the LA side; @p rootSecretKey is a 64-byte Ed25519 key).
    Result<QByteArray> sign(const SecureBytes &rootSecretKey) const;

    /// The bundle JSON that the signature covers.
    QByteArray bundleBytes() const;
    const QList<LaPublicKey> &keys() const { return m_keys; }
    QDate issued() const { return m_issued; }

    /// The newest key (latest validFrom; on a tie the one listed later) valid on @p day;
    /// "no_valid_key" when there is none.
    Result<LaPublicKey> sealingKeyFor(QDate day) const;

private:
    static Result<KeyBundle> parse(const QByteArray &bundleBytes);

    QList<LaPublicKey> m_keys;
    QDate m_issued;
};

} // namespace heard
