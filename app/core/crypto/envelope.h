#pragma once

#include "crypto/deviceidentity.h"
#include "crypto/envelopeheader.h"
#include "crypto/securebytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <optional>

namespace heard {

/// Envelope v1 (docs/envelope.md):
///
///   header | u32 BE n | sealed[n] | signature[64]
///
/// sealed    = crypto_box_seal(header | payload, LA encryption public key)
/// signature = Ed25519(device key, "heard-envelope-v1\0" | header | u32 n | sealed)
namespace Envelope {
inline constexpr char SignatureContext[]
    = "heard-envelope-v1"; ///< signed with its terminating zero
inline constexpr int SignatureContextSize = sizeof SignatureContext; // includes the zero byte
inline constexpr int SignatureSize = 64;
inline constexpr int MaxPayloadSize = 1024 * 1024;

// The error codes EnvelopeOpener and Envelope::verifySignature return are
// ErrorCode::envelopeOpenerCodes() (util/errorcode.h).
} // namespace Envelope

struct OpenedEnvelope
{
    EnvelopeHeader header;
    QByteArray payload; ///< the JSON payload (responsepayload.h); plaintext answers: never log it
};

/// Seals and signs envelopes on the device. Holds the device key and one LA public key; it can
/// write envelopes but never read them back.
class EnvelopeSealer
{
public:
    /// @p keyId defaults to EnvelopeHeader::keyIdFor(laPublicKey).
    EnvelopeSealer(DeviceIdentity device, QByteArray laPublicKey, QByteArray keyId = QByteArray());

    QByteArray keyId() const { return m_keyId; }
    QByteArray devicePublicKey() const { return m_device.publicKey(); }

    /// Seals @p payload under @p header. keyId and devicePublicKey are filled in here; every other
    /// header field must be set by the caller.
    Result<QByteArray> seal(const EnvelopeHeader &header, const QByteArray &payload) const;

private:
    DeviceIdentity m_device;
    QByteArray m_laPublicKey;
    QByteArray m_keyId;
};

/// Opens envelopes with the LA's encryption secret keys (LA tools only, never on a device).
class EnvelopeOpener
{
public:
    /// Adds an X25519 key pair; its key id is derived from the public key. Fails if the secret key
    /// does not belong to the public key.
    Result<void> addKeyPair(const QByteArray &publicKey, const SecureBytes &secretKey);
    QList<QByteArray> keyIds() const { return m_keys.keys(); }

    /// Only envelopes signed by one of these device public keys open ("untrusted_device"
    /// otherwise). Without a call, any correctly signed device is accepted.
    void setTrustedDevices(const QSet<QByteArray> &devicePublicKeys)
    {
        m_trusted = devicePublicKeys;
    }

    /// Verifies the signature first, then opens the box with the key for header.keyId, then
    /// requires the inner header copy to equal the outer header byte for byte.
    Result<OpenedEnvelope> open(const QByteArray &bytes) const;

    /// Structure and signature only, no secret key needed (the inbox uses this).
    static Result<EnvelopeHeader> verifySignature(const QByteArray &bytes);

private:
    struct KeyPair
    {
        QByteArray publicKey;
        SecureBytes secretKey;
    };
    QHash<QByteArray, KeyPair> m_keys;
    std::optional<QSet<QByteArray>> m_trusted;
};

} // namespace heard
