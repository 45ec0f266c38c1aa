#include "crypto/keybundle.h"

#include "crypto/envelopeheader.h"
#include "crypto/rootsignature.h"
#include "crypto/sodium.h"
#include "util/errorcode.h"
#include "util/strictbase64.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

Result<KeyBundle> bad(const QString &message)
{
    return Result<KeyBundle>::failure(ErrorCode::MalformedBundle, message);
}

QDate parseDay(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() != 10)
        return QDate();
    return QDate::fromString(text, Qt::ISODate);
}

/// The two halves of a signed bundle file, not yet checked against any key.
struct SignedParts
{
    QByteArray bundle;
    QByteArray signature;

    static Result<SignedParts> read(const QByteArray &signedBytes)
    {
        QJsonParseError error;
        const QJsonDocument outer = QJsonDocument::fromJson(signedBytes, &error);
        if (error.error != QJsonParseError::NoError || !outer.isObject())
            return Result<SignedParts>::failure(ErrorCode::MalformedBundle,
                                                u"the key bundle file is not a JSON object"_s);
        const auto bundle = strictBase64(outer.object().value(u"bundle"_s));
        const auto signature = strictBase64(outer.object().value(u"signature"_s));
        if (!bundle || !signature || signature->size() != int(crypto_sign_BYTES))
            return Result<SignedParts>::failure(
                ErrorCode::MalformedBundle,
                u"the key bundle file needs base64 \"bundle\" and a 64-byte \"signature\""_s);
        return SignedParts { *bundle, *signature };
    }
};

} // namespace

KeyBundle::KeyBundle(QList<LaPublicKey> keys, QDate issued)
    : m_keys(std::move(keys))
    , m_issued(issued)
{
}

QByteArray KeyBundle::bundleBytes() const
{
    QJsonArray keys;
    for (const LaPublicKey &key : m_keys) {
        QJsonObject k;
        k[u"keyId"_s] = QString::fromLatin1(key.keyId.toHex());
        k[u"publicKey"_s] = QString::fromLatin1(key.publicKey.toBase64());
        k[u"validFrom"_s] = key.validFrom.toString(Qt::ISODate);
        k[u"validUntil"_s] = key.validUntil.toString(Qt::ISODate);
        keys.append(k);
    }
    QJsonObject o;
    o[u"v"_s] = 1;
    o[u"issued"_s] = m_issued.toString(Qt::ISODate);
    o[u"keys"_s] = keys;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<QByteArray> KeyBundle::sign(const SecureBytes &rootSecretKey) const
{
    if (!ensureSodium())
        return Result<QByteArray>::failure(ErrorCode::Sodium, u"libsodium failed to initialise"_s);
    if (rootSecretKey.size() != int(crypto_sign_SECRETKEYBYTES))
        return Result<QByteArray>::failure(ErrorCode::BadKey,
                                           u"the root secret key is not 64 bytes"_s);
    const QByteArray bundle = bundleBytes();
    const QByteArray signature = RootSignature::sign(SignatureContext, bundle, rootSecretKey);
    QJsonObject o;
    o[u"bundle"_s] = QString::fromLatin1(bundle.toBase64());
    o[u"signature"_s] = QString::fromLatin1(signature.toBase64());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<KeyBundle> KeyBundle::verify(const QByteArray &signedBytes, const QByteArray &rootPublicKey)
{
    if (!ensureSodium())
        return Result<KeyBundle>::failure(ErrorCode::Sodium, u"libsodium failed to initialise"_s);
    if (rootPublicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return Result<KeyBundle>::failure(ErrorCode::BadKey,
                                          u"the pinned root public key is not 32 bytes"_s);
    auto parts = SignedParts::read(signedBytes);
    if (!parts)
        return parts.error();
    if (!RootSignature::verify(SignatureContext, parts->bundle, parts->signature, rootPublicKey))
        return Result<KeyBundle>::failure(
            ErrorCode::BadSignature, u"the key bundle is not signed by the pinned LA root key"_s);
    return parse(parts->bundle);
}

Result<KeyBundle> KeyBundle::readUnverified(const QByteArray &signedBytes)
{
    auto parts = SignedParts::read(signedBytes);
    if (!parts)
        return parts.error();
    return parse(parts->bundle);
}

Result<KeyBundle> KeyBundle::parse(const QByteArray &bundle)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bundle, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(u"the signed bundle is not a JSON object"_s);
    const QJsonObject o = doc.object();
    if (o.value(u"v"_s).toInt(-1) != 1)
        return bad(u"unsupported key bundle version"_s);
    const QDate issued = parseDay(o.value(u"issued"_s));
    if (!issued.isValid())
        return bad(u"the bundle's issued date is not YYYY-MM-DD"_s);
    if (!o.value(u"keys"_s).isArray() || o.value(u"keys"_s).toArray().isEmpty())
        return bad(u"the bundle has no keys"_s);
    QList<LaPublicKey> keys;
    QSet<QByteArray> seen;
    for (const QJsonValue &value : o.value(u"keys"_s).toArray()) {
        const QJsonObject k = value.toObject();
        LaPublicKey key;
        const auto publicKey = strictBase64(k.value(u"publicKey"_s));
        if (!publicKey || publicKey->size() != int(crypto_box_PUBLICKEYBYTES))
            return bad(u"a bundle key's publicKey is not 32 bytes of base64"_s);
        key.publicKey = *publicKey;
        key.keyId = QByteArray::fromHex(k.value(u"keyId"_s).toString().toLatin1());
        if (key.keyId != EnvelopeHeader::keyIdFor(key.publicKey)
            || k.value(u"keyId"_s).toString() != QString::fromLatin1(key.keyId.toHex()))
            return bad(u"a bundle key's keyId does not match its public key"_s);
        key.validFrom = parseDay(k.value(u"validFrom"_s));
        key.validUntil = parseDay(k.value(u"validUntil"_s));
        if (!key.validFrom.isValid() || !key.validUntil.isValid() || key.validUntil < key.validFrom)
            return bad(u"key %1 has no valid validity window"_s.arg(
                QString::fromLatin1(key.keyId.toHex())));
        if (seen.contains(key.keyId))
            return bad(u"key %1 is listed twice"_s.arg(QString::fromLatin1(key.keyId.toHex())));
        seen.insert(key.keyId);
        keys.append(key);
    }
    return KeyBundle(keys, issued);
}

Result<LaPublicKey> KeyBundle::sealingKeyFor(QDate day) const
{
    const LaPublicKey *best = nullptr;
    for (const LaPublicKey &key : m_keys) {
        if (!key.validOn(day))
            continue;
        // Ties go to the key listed later: rotation appends, so later means newer.
        if (!best || key.validFrom >= best->validFrom)
            best = &key;
    }
    if (!best)
        return Result<LaPublicKey>::failure(
            ErrorCode::NoValidKey,
            u"no LA key in the bundle is valid on %1; the LA must publish a new key bundle"_s.arg(
                day.toString(Qt::ISODate)));
    return *best;
}

} // namespace heard
