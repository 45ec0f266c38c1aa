#include "crypto/deviceidentity.h"

#include "crypto/privatefile.h"
#include "crypto/sodium.h"
#include "util/errorcode.h"

#include <QDir>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

// The file holds a versioned line with the base64 seed; the key pair is derived from it on load.
constexpr char FilePrefix[] = "heard-device-key-v1 ";

} // namespace

Result<DeviceIdentity> DeviceIdentity::fromSeed(const QByteArray &seed)
{
    if (!ensureSodium())
        return Result<DeviceIdentity>::failure(ErrorCode::Sodium,
                                               u"libsodium failed to initialise"_s);
    if (seed.size() != SeedSize)
        return Result<DeviceIdentity>::failure(ErrorCode::Malformed,
                                               u"a device seed is 32 bytes"_s);
    DeviceIdentity identity;
    identity.m_secretKey = SecureBytes(SecretKeySize);
    if (identity.m_secretKey.isNull())
        return Result<DeviceIdentity>::failure(ErrorCode::Memory,
                                               u"cannot allocate secure memory"_s);
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_seed_keypair(pk, identity.m_secretKey.data(),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    identity.m_publicKey = QByteArray(reinterpret_cast<const char *>(pk), sizeof pk);
    return identity;
}

Result<DeviceIdentity> DeviceIdentity::loadOrCreate(const QString &dir)
{
    if (!ensureSodium())
        return Result<DeviceIdentity>::failure(ErrorCode::Sodium,
                                               u"libsodium failed to initialise"_s);
    const DeviceFolder folder(dir);
    if (!folder.create())
        return Result<DeviceIdentity>::failure(ErrorCode::Io, u"cannot create %1"_s.arg(dir));
    const QString path = folder.identityFile();
    auto read = PrivateFile::read(path);
    if (!read && read.error().code == ErrorCode::NotFound) {
        QByteArray seed(SeedSize, Qt::Uninitialized);
        randombytes_buf(seed.data(), static_cast<size_t>(seed.size()));
        QByteArray content = QByteArray(FilePrefix) + seed.toBase64() + '\n';
        sodium_memzero(seed.data(), static_cast<size_t>(seed.size()));
        auto written = PrivateFile::write(path, content, /*overwrite=*/false);
        sodium_memzero(content.data(), static_cast<size_t>(content.size()));
        // "exists" means another process created it first: use that one.
        if (!written && written.error().code != ErrorCode::Exists)
            return written.error();
        read = PrivateFile::read(path);
    }
    if (!read)
        return read.error();
    QByteArray content = std::move(read).value();
    const QByteArray trimmed = content.trimmed();
    Result<DeviceIdentity> result = Result<DeviceIdentity>::failure(
        ErrorCode::Malformed, u"%1 is not a Heard device key file"_s.arg(path));
    if (trimmed.startsWith(QByteArray(FilePrefix).trimmed())) {
        const QByteArray encoded = trimmed.mid(qsizetype(sizeof FilePrefix) - 1).trimmed();
        auto decoded
            = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == SeedSize)
            result = fromSeed(decoded.decoded);
        if (!decoded.decoded.isEmpty())
            sodium_memzero(decoded.decoded.data(), static_cast<size_t>(decoded.decoded.size()));
    }
    sodium_memzero(content.data(), static_cast<size_t>(content.size()));
    return result;
}

QString DeviceIdentity::deviceId() const
{
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char *>(m_publicKey.constData()),
                       static_cast<unsigned long long>(m_publicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), 16).toHex());
}

QByteArray DeviceIdentity::sign(const QByteArray &message) const
{
    if (m_secretKey.isNull())
        return QByteArray();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_secretKey.data());
    return signature;
}

} // namespace heard
