#include "crypto/lakeystore.h"

#include "crypto/privatefile.h"
#include "crypto/sodium.h"
#include "util/errorcode.h"
#include "util/strictbase64.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

constexpr char CheckPlaintext[] = "heard-la-keystore-v1";

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}
QString b64(const unsigned char *data, size_t size)
{
    return b64(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
}

std::optional<QByteArray> unb64(const QJsonValue &value, qsizetype expectedSize = -1)
{
    auto decoded = strictBase64(value);
    if (!decoded || (expectedSize >= 0 && decoded->size() != expectedSize))
        return std::nullopt;
    return decoded;
}

Result<SecureBytes> deriveKey(const QByteArray &passphrase, const QByteArray &salt,
                              unsigned long long opslimit, size_t memlimit)
{
    SecureBytes key(crypto_secretbox_KEYBYTES);
    if (key.isNull())
        return Result<SecureBytes>::failure(ErrorCode::Memory, u"cannot allocate secure memory"_s);
    if (crypto_pwhash(key.data(), crypto_secretbox_KEYBYTES, passphrase.constData(),
                      passphrase.size(), reinterpret_cast<const uchar *>(salt.constData()),
                      opslimit, memlimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Result<SecureBytes>::failure(ErrorCode::Memory,
                                            u"the passphrase key derivation ran out of memory"_s);
    return key;
}

/// {"nonce", "box"} for @p plain under @p key.
QJsonObject encrypt(const SecureBytes &key, const unsigned char *plain, size_t size)
{
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(nonce, sizeof nonce);
    QByteArray box(qsizetype(size + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<uchar *>(box.data()), plain, size, nonce, key.data());
    QJsonObject o;
    o[u"nonce"_s] = b64(nonce, sizeof nonce);
    o[u"box"_s] = b64(box);
    return o;
}

/// The secret inside {"nonce", "box"}, which must be @p size bytes.
Result<SecureBytes> decrypt(const SecureBytes &key, const QJsonObject &o, int size)
{
    const auto nonce = unb64(o.value(u"nonce"_s), crypto_secretbox_NONCEBYTES);
    const auto box = unb64(o.value(u"box"_s), size + qsizetype(crypto_secretbox_MACBYTES));
    if (!nonce || !box)
        return Result<SecureBytes>::failure(ErrorCode::Corrupt,
                                            u"an encrypted key entry is malformed"_s);
    SecureBytes plain(size);
    if (crypto_secretbox_open_easy(plain.data(), reinterpret_cast<const uchar *>(box->constData()),
                                   box->size(), reinterpret_cast<const uchar *>(nonce->constData()),
                                   key.data())
        != 0)
        return Result<SecureBytes>::failure(ErrorCode::Corrupt,
                                            u"an encrypted key entry does not decrypt"_s);
    return plain;
}

Result<LaKeyStore::EncryptionKey> newEncryptionKey(QDate validFrom, QDate validUntil)
{
    if (!validFrom.isValid() || !validUntil.isValid() || validUntil < validFrom)
        return Result<LaKeyStore::EncryptionKey>::failure(ErrorCode::BadDates,
                                                          u"a key needs validFrom <= validUntil"_s);
    LaKeyStore::EncryptionKey key;
    key.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    key.info.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_box_keypair(reinterpret_cast<uchar *>(key.info.publicKey.data()), key.secretKey.data());
    key.info.keyId = EnvelopeHeader::keyIdFor(key.info.publicKey);
    key.info.validFrom = validFrom;
    key.info.validUntil = validUntil;
    return key;
}

} // namespace

Result<LaKeyStore> LaKeyStore::generate(QDate validFrom, QDate validUntil)
{
    if (!ensureSodium())
        return Result<LaKeyStore>::failure(ErrorCode::Sodium, u"libsodium failed to initialise"_s);
    LaKeyStore store;
    store.m_rootSecretKey = SecureBytes(crypto_sign_SECRETKEYBYTES);
    store.m_rootPublicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<uchar *>(store.m_rootPublicKey.data()),
                        store.m_rootSecretKey.data());
    auto first = newEncryptionKey(validFrom, validUntil);
    if (!first)
        return first.error();
    store.m_keys.append(std::move(first).value());
    return store;
}

Result<LaPublicKey> LaKeyStore::addEncryptionKey(QDate validFrom, QDate validUntil)
{
    auto key = newEncryptionKey(validFrom, validUntil);
    if (!key)
        return key.error();
    m_keys.append(key.value());
    return key->info;
}

Result<void> LaKeyStore::save(const QString &path, const QByteArray &passphrase,
                              KdfStrength strength, bool overwrite) const
{
    if (!ensureSodium())
        return Result<void>::failure(ErrorCode::Sodium, u"libsodium failed to initialise"_s);
    if (passphrase.isEmpty())
        return Result<void>::failure(ErrorCode::EmptyPassphrase,
                                     u"the passphrase must not be empty"_s);
    const bool moderate = strength == KdfStrength::Moderate;
    const unsigned long long opslimit
        = moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t memlimit
        = moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    auto key = deriveKey(passphrase, salt, opslimit, memlimit);
    if (!key)
        return key.error();

    QJsonObject kdf;
    kdf[u"alg"_s] = u"argon2id13"_s;
    kdf[u"opslimit"_s] = double(opslimit);
    kdf[u"memlimit"_s] = double(memlimit);
    kdf[u"salt"_s] = b64(salt);

    QJsonObject root = encrypt(key.value(), m_rootSecretKey.data(), size_t(m_rootSecretKey.size()));
    root[u"publicKey"_s] = b64(m_rootPublicKey);

    QJsonArray keys;
    for (const EncryptionKey &k : m_keys) {
        QJsonObject entry = encrypt(key.value(), k.secretKey.data(), size_t(k.secretKey.size()));
        entry[u"keyId"_s] = QString::fromLatin1(k.info.keyId.toHex());
        entry[u"publicKey"_s] = b64(k.info.publicKey);
        entry[u"validFrom"_s] = k.info.validFrom.toString(Qt::ISODate);
        entry[u"validUntil"_s] = k.info.validUntil.toString(Qt::ISODate);
        keys.append(entry);
    }

    QJsonObject o;
    o[u"v"_s] = 1;
    o[u"kdf"_s] = kdf;
    o[u"check"_s] = encrypt(key.value(), reinterpret_cast<const uchar *>(CheckPlaintext),
                            sizeof CheckPlaintext - 1);
    o[u"root"_s] = root;
    o[u"encryptionKeys"_s] = keys;
    return PrivateFile::write(path, QJsonDocument(o).toJson(QJsonDocument::Indented), overwrite);
}

Result<LaKeyStore> LaKeyStore::load(const QString &path, const QByteArray &passphrase)
{
    if (!ensureSodium())
        return Result<LaKeyStore>::failure(ErrorCode::Sodium, u"libsodium failed to initialise"_s);
    auto bytes = PrivateFile::read(path);
    if (!bytes)
        return bytes.error();
    auto corrupt = [&](const QString &why) {
        return Result<LaKeyStore>::failure(ErrorCode::Corrupt, u"%1: %2"_s.arg(path, why));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(u"not a JSON object"_s);
    const QJsonObject o = doc.object();
    if (o.value(u"v"_s).toInt(-1) != 1)
        return corrupt(u"unsupported version"_s);
    const QJsonObject kdf = o.value(u"kdf"_s).toObject();
    const double ops = kdf.value(u"opslimit"_s).toDouble(-1);
    const double mem = kdf.value(u"memlimit"_s).toDouble(-1);
    const auto salt = unb64(kdf.value(u"salt"_s), crypto_pwhash_SALTBYTES);
    // Bounded so a planted file cannot make loading take forever or exhaust memory.
    if (kdf.value(u"alg"_s).toString() != u"argon2id13" || !salt
        || ops < double(crypto_pwhash_OPSLIMIT_INTERACTIVE)
        || ops > double(crypto_pwhash_OPSLIMIT_SENSITIVE)
        || mem < double(crypto_pwhash_MEMLIMIT_INTERACTIVE)
        || mem > double(crypto_pwhash_MEMLIMIT_SENSITIVE))
        return corrupt(u"unsupported key derivation parameters"_s);
    auto key = deriveKey(passphrase, *salt, static_cast<unsigned long long>(ops),
                         static_cast<size_t>(mem));
    if (!key)
        return key.error();

    auto check
        = decrypt(key.value(), o.value(u"check"_s).toObject(), int(sizeof CheckPlaintext - 1));
    if (!check || memcmp(check->data(), CheckPlaintext, sizeof CheckPlaintext - 1) != 0)
        return Result<LaKeyStore>::failure(ErrorCode::WrongPassphrase, u"wrong passphrase"_s);

    LaKeyStore store;
    const QJsonObject root = o.value(u"root"_s).toObject();
    const auto rootPublic = unb64(root.value(u"publicKey"_s), crypto_sign_PUBLICKEYBYTES);
    auto rootSecret = decrypt(key.value(), root, crypto_sign_SECRETKEYBYTES);
    if (!rootPublic || !rootSecret)
        return corrupt(u"the root key entry is damaged"_s);
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(derived, rootSecret->data());
    if (memcmp(derived, rootPublic->constData(), sizeof derived) != 0)
        return corrupt(u"the root secret key does not match its public key"_s);
    store.m_rootPublicKey = *rootPublic;
    store.m_rootSecretKey = rootSecret.value();

    for (const QJsonValue &value : o.value(u"encryptionKeys"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        EncryptionKey k;
        const auto publicKey = unb64(entry.value(u"publicKey"_s), crypto_box_PUBLICKEYBYTES);
        auto secret = decrypt(key.value(), entry, crypto_box_SECRETKEYBYTES);
        if (!publicKey || !secret)
            return corrupt(u"an encryption key entry is damaged"_s);
        unsigned char derivedBox[crypto_box_PUBLICKEYBYTES];
        crypto_scalarmult_base(derivedBox, secret->data());
        if (memcmp(derivedBox, publicKey->constData(), sizeof derivedBox) != 0)
            return corrupt(u"an encryption secret key does not match its public key"_s);
        k.info.publicKey = *publicKey;
        k.info.keyId = EnvelopeHeader::keyIdFor(k.info.publicKey);
        k.info.validFrom = QDate::fromString(entry.value(u"validFrom"_s).toString(), Qt::ISODate);
        k.info.validUntil = QDate::fromString(entry.value(u"validUntil"_s).toString(), Qt::ISODate);
        if (!k.info.validFrom.isValid() || !k.info.validUntil.isValid())
            return corrupt(u"an encryption key has no validity dates"_s);
        k.secretKey = secret.value();
        store.m_keys.append(k);
    }
    if (store.m_keys.isEmpty())
        return corrupt(u"there are no encryption keys"_s);
    return store;
}

KeyBundle LaKeyStore::bundle(QDate issued) const
{
    QList<LaPublicKey> keys;
    for (const EncryptionKey &k : m_keys)
        keys.append(k.info);
    return KeyBundle(keys, issued);
}

Result<QByteArray> LaKeyStore::signedBundle(QDate issued) const
{
    return bundle(issued).sign(m_rootSecretKey);
}

Result<SignedDefinition> LaKeyStore::signedDefinition(const QByteArray &definition) const
{
    return SignedDefinition::sign(definition, m_rootSecretKey, m_rootPublicKey);
}

Result<EnvelopeOpener> LaKeyStore::opener() const
{
    EnvelopeOpener opener;
    for (const EncryptionKey &k : m_keys) {
        if (auto added = opener.addKeyPair(k.info.publicKey, k.secretKey); !added)
            return added.error();
    }
    return opener;
}

} // namespace heard
