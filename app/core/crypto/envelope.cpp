#include "crypto/envelope.h"

#include "crypto/sodium.h"
#include "util/errorcode.h"

#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

const uchar *u8(const QByteArray &bytes)
{
    return reinterpret_cast<const uchar *>(bytes.constData());
}

/// The parts of an envelope whose structure checked out.
struct Parts
{
    EnvelopeHeader header;
    int headerSize = 0;
    QByteArray sealed;
    int signedSize = 0; ///< header + length + sealed
};

Result<Parts> split(const QByteArray &bytes)
{
    if (bytes.size() > EnvelopeHeader::FixedSize + EnvelopeHeader::MaxSurveyIdLength + 4
            + int(crypto_box_SEALBYTES) + EnvelopeHeader::FixedSize
            + EnvelopeHeader::MaxSurveyIdLength + Envelope::MaxPayloadSize
            + Envelope::SignatureSize)
        return Result<Parts>::failure(ErrorCode::Malformed,
                                      u"envelope is larger than any valid envelope"_s);
    Parts parts;
    auto header = EnvelopeHeader::decode(bytes, &parts.headerSize);
    if (!header)
        return header.error();
    parts.header = std::move(header).value();
    const qsizetype rest = bytes.size() - parts.headerSize;
    if (rest < 4 + Envelope::SignatureSize)
        return Result<Parts>::failure(ErrorCode::Malformed,
                                      u"envelope truncated after the header"_s);
    const quint32 sealedSize = qFromBigEndian<quint32>(u8(bytes) + parts.headerSize);
    // The box holds at least the header copy, so anything shorter cannot be genuine.
    if (sealedSize < quint32(crypto_box_SEALBYTES) + quint32(parts.headerSize))
        return Result<Parts>::failure(ErrorCode::Malformed,
                                      u"sealed box length %1 is too short"_s.arg(sealedSize));
    if (qsizetype(sealedSize) != rest - 4 - Envelope::SignatureSize)
        return Result<Parts>::failure(
            ErrorCode::Malformed,
            u"sealed box length %1 does not match the envelope size (truncated or extended)"_s.arg(
                sealedSize));
    parts.sealed = bytes.mid(parts.headerSize + 4, sealedSize);
    parts.signedSize = parts.headerSize + 4 + int(sealedSize);
    return parts;
}

QByteArray signatureInput(const QByteArray &bytes, int signedSize)
{
    QByteArray input;
    input.reserve(Envelope::SignatureContextSize + signedSize);
    input.append(Envelope::SignatureContext, Envelope::SignatureContextSize);
    input.append(bytes.constData(), signedSize);
    return input;
}

Result<Parts> verified(const QByteArray &bytes)
{
    if (!ensureSodium())
        return Result<Parts>::failure(ErrorCode::Sodium, u"libsodium failed to initialise"_s);
    auto parts = split(bytes);
    if (!parts)
        return parts;
    const QByteArray input = signatureInput(bytes, parts->signedSize);
    const QByteArray &pk = parts->header.devicePublicKey;
    if (crypto_sign_verify_detached(u8(bytes) + parts->signedSize, u8(input),
                                    static_cast<unsigned long long>(input.size()), u8(pk))
        != 0)
        return Result<Parts>::failure(ErrorCode::BadSignature,
                                      u"the device signature does not verify"_s);
    return parts;
}

} // namespace

EnvelopeSealer::EnvelopeSealer(DeviceIdentity device, QByteArray laPublicKey, QByteArray keyId)
    : m_device(std::move(device))
    , m_laPublicKey(std::move(laPublicKey))
    , m_keyId(keyId.isEmpty() ? EnvelopeHeader::keyIdFor(m_laPublicKey) : std::move(keyId))
{
}

Result<QByteArray> EnvelopeSealer::seal(const EnvelopeHeader &header,
                                        const QByteArray &payload) const
{
    if (!ensureSodium())
        return Result<QByteArray>::failure(ErrorCode::Sodium, u"libsodium failed to initialise"_s);
    if (m_device.isNull())
        return Result<QByteArray>::failure(ErrorCode::NoDeviceKey,
                                           u"the sealer has no device key"_s);
    if (m_laPublicKey.size() != int(crypto_box_PUBLICKEYBYTES)
        || m_keyId != EnvelopeHeader::keyIdFor(m_laPublicKey))
        return Result<QByteArray>::failure(
            ErrorCode::BadKey, u"the LA public key is not 32 bytes or does not match its key id"_s);
    if (payload.size() > Envelope::MaxPayloadSize)
        return Result<QByteArray>::failure(ErrorCode::TooLarge, u"payload is larger than 1 MiB"_s);
    EnvelopeHeader h = header;
    h.keyId = m_keyId;
    h.devicePublicKey = m_device.publicKey();
    auto encoded = h.encode();
    if (!encoded)
        return encoded.error();
    const QByteArray &headerBytes = encoded.value();

    QByteArray plain = headerBytes + payload;
    QByteArray sealed(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    const int rc
        = crypto_box_seal(reinterpret_cast<uchar *>(sealed.data()), u8(plain),
                          static_cast<unsigned long long>(plain.size()), u8(m_laPublicKey));
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    if (rc != 0)
        return Result<QByteArray>::failure(ErrorCode::CannotSeal, u"crypto_box_seal failed"_s);

    QByteArray out;
    out.reserve(headerBytes.size() + 4 + sealed.size() + Envelope::SignatureSize);
    out.append(headerBytes);
    char be[4];
    qToBigEndian<quint32>(quint32(sealed.size()), be);
    out.append(be, 4);
    out.append(sealed);
    const QByteArray signature = m_device.sign(signatureInput(out, int(out.size())));
    if (signature.size() != Envelope::SignatureSize)
        return Result<QByteArray>::failure(ErrorCode::CannotSign, u"signing failed"_s);
    out.append(signature);
    return out;
}

Result<void> EnvelopeOpener::addKeyPair(const QByteArray &publicKey, const SecureBytes &secretKey)
{
    if (!ensureSodium())
        return Result<void>::failure(ErrorCode::Sodium, u"libsodium failed to initialise"_s);
    if (publicKey.size() != int(crypto_box_PUBLICKEYBYTES)
        || secretKey.size() != int(crypto_box_SECRETKEYBYTES))
        return Result<void>::failure(ErrorCode::BadKey,
                                     u"an LA encryption key pair is 32 + 32 bytes"_s);
    unsigned char derived[crypto_box_PUBLICKEYBYTES];
    crypto_scalarmult_base(derived, secretKey.data());
    if (sodium_memcmp(derived, u8(publicKey), sizeof derived) != 0)
        return Result<void>::failure(ErrorCode::BadKey,
                                     u"the secret key does not belong to the public key"_s);
    m_keys.insert(EnvelopeHeader::keyIdFor(publicKey), KeyPair { publicKey, secretKey });
    return Result<void>::success();
}

Result<EnvelopeHeader> EnvelopeOpener::verifySignature(const QByteArray &bytes)
{
    auto parts = verified(bytes);
    if (!parts)
        return parts.error();
    return parts->header;
}

Result<OpenedEnvelope> EnvelopeOpener::open(const QByteArray &bytes) const
{
    auto parts = verified(bytes);
    if (!parts)
        return parts.error();
    const EnvelopeHeader &header = parts->header;
    if (m_trusted && !m_trusted->contains(header.devicePublicKey))
        return Result<OpenedEnvelope>::failure(ErrorCode::UntrustedDevice,
                                               u"signed by a device that is not trusted"_s);
    const auto key = m_keys.constFind(header.keyId);
    if (key == m_keys.cend())
        return Result<OpenedEnvelope>::failure(
            ErrorCode::UnknownKey,
            u"sealed to key id %1, which is not among the loaded keys"_s.arg(
                QString::fromLatin1(header.keyId.toHex())));
    const QByteArray &sealed = parts->sealed;
    QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<uchar *>(plain.data()), u8(sealed),
                             static_cast<unsigned long long>(sealed.size()), u8(key->publicKey),
                             key->secretKey.data())
        != 0)
        return Result<OpenedEnvelope>::failure(ErrorCode::CannotOpen,
                                               u"the sealed box does not open with key id %1"_s.arg(
                                                   QString::fromLatin1(header.keyId.toHex())));
    // Sealed boxes take no associated data: the inner copy is what binds header and contents.
    const int headerSize = parts->headerSize;
    if (plain.size() < headerSize
        || memcmp(plain.constData(), bytes.constData(), size_t(headerSize)) != 0) {
        sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
        return Result<OpenedEnvelope>::failure(
            ErrorCode::HeaderMismatch, u"the sealed header copy differs from the outer header"_s);
    }
    OpenedEnvelope opened;
    opened.header = header;
    opened.payload = plain.mid(headerSize);
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return opened;
}

} // namespace heard
