#include "crypto/signeddefinition.h"

#include "crypto/rootsignature.h"
#include "crypto/sodium.h"
#include "util/errorcode.h"
#include "util/strictbase64.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

Result<SignedDefinition> bad(const QString &message)
{
    return Result<SignedDefinition>::failure(ErrorCode::MalformedDefinition, message);
}

} // namespace

Result<SignedDefinition> SignedDefinition::withIdAndVersion(QByteArray definition,
                                                            QByteArray signature)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(definition, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(u"the signed definition is not a JSON object"_s);
    static const QRegularExpression idPattern(u"^[a-z0-9-]{1,%1}$"_s.arg(maxIdLength));
    const QJsonValue id = doc.object().value(u"id"_s);
    if (!id.isString() || !idPattern.match(id.toString()).hasMatch())
        return bad(
            u"the signed definition's \"id\" is not [a-z0-9-], 1-%1 characters"_s.arg(maxIdLength));
    const QJsonValue version = doc.object().value(u"version"_s);
    // Integers only: 2.5 or "2" must not sort between two real versions.
    if (!version.isDouble() || version.toDouble() != double(version.toInt(0))
        || version.toInt(0) < 1)
        return bad(u"the signed definition's \"version\" is not an integer >= 1"_s);
    SignedDefinition result;
    result.m_definition = std::move(definition);
    result.m_signature = std::move(signature);
    result.m_surveyId = id.toString();
    result.m_version = version.toInt();
    return result;
}

Result<SignedDefinition> SignedDefinition::sign(const QByteArray &definition,
                                                const SecureBytes &rootSecretKey)
{
    if (!ensureSodium())
        return Result<SignedDefinition>::failure(ErrorCode::Sodium,
                                                 u"libsodium failed to initialise"_s);
    if (rootSecretKey.size() != int(crypto_sign_SECRETKEYBYTES))
        return Result<SignedDefinition>::failure(ErrorCode::BadKey,
                                                 u"the root secret key is not 64 bytes"_s);
    return withIdAndVersion(definition,
                            RootSignature::sign(SignatureContext, definition, rootSecretKey));
}

Result<SignedDefinition> SignedDefinition::sign(const QByteArray &definition,
                                                const SecureBytes &rootSecretKey,
                                                const QByteArray &rootPublicKey)
{
    if (rootPublicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return Result<SignedDefinition>::failure(ErrorCode::BadKey,
                                                 u"the root public key is not 32 bytes"_s);
    auto made = sign(definition, rootSecretKey);
    if (!made)
        return made;
    if (!RootSignature::verify(SignatureContext, made->m_definition, made->m_signature,
                               rootPublicKey))
        return Result<SignedDefinition>::failure(
            ErrorCode::KeyMismatch,
            u"the root secret key does not belong to the root public key devices pin; "
            "nothing was signed"_s);
    return made;
}

Result<SignedDefinition> SignedDefinition::verify(const QByteArray &signedBytes,
                                                  const QByteArray &rootPublicKey)
{
    QJsonParseError error;
    const QJsonDocument outer = QJsonDocument::fromJson(signedBytes, &error);
    if (error.error != QJsonParseError::NoError || !outer.isObject())
        return bad(u"the signed definition file is not a JSON object"_s);
    return verify(outer.object(), rootPublicKey);
}

Result<SignedDefinition> SignedDefinition::verify(const QJsonObject &signedObject,
                                                  const QByteArray &rootPublicKey)
{
    if (!ensureSodium())
        return Result<SignedDefinition>::failure(ErrorCode::Sodium,
                                                 u"libsodium failed to initialise"_s);
    if (rootPublicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return Result<SignedDefinition>::failure(ErrorCode::BadKey,
                                                 u"the pinned root public key is not 32 bytes"_s);
    const auto definition = strictBase64(signedObject.value(u"definition"_s));
    const auto signature = strictBase64(signedObject.value(u"signature"_s));
    if (!definition || !signature || signature->size() != int(crypto_sign_BYTES))
        return bad(
            u"a signed definition needs base64 \"definition\" and a 64-byte \"signature\""_s);
    if (!RootSignature::verify(SignatureContext, *definition, *signature, rootPublicKey))
        return Result<SignedDefinition>::failure(
            ErrorCode::BadSignature,
            u"the survey definition is not signed by the pinned LA root key"_s);
    return withIdAndVersion(*definition, *signature);
}

QJsonObject SignedDefinition::toJsonObject() const
{
    return { { u"definition"_s, QString::fromLatin1(m_definition.toBase64()) },
             { u"signature"_s, QString::fromLatin1(m_signature.toBase64()) } };
}

QByteArray SignedDefinition::toBytes() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

} // namespace heard
