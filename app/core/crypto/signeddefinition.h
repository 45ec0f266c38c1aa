#pragma once

#include "crypto/securebytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace heard {

/// A survey definition update signed by the LA root key that devices pin at enrolment, so a kiosk
/// shows children only questions the LA approved, whoever runs the network in between.
/// Format (docs/survey-format.md, "Publishing an update"): {"definition": base64(the exact
/// definition JSON bytes), "signature": base64(Ed25519 over "heard-survey-definition-v1\0" |
/// those bytes)}. The signature covers the bytes as given; they are never re-serialised.
///
/// Error codes: "sodium", "bad_key", "malformed_definition", "bad_signature", "key_mismatch".
class SignedDefinition
{
public:
    static constexpr char SignatureContext[] = "heard-survey-definition-v1"; ///< with its zero byte
    /// Ids name files on devices, so they are held to the survey format's [a-z0-9-], 1-64 long.
    static constexpr int maxIdLength = 64;

    SignedDefinition() = default;

    /// Signs @p definition (the LA side; @p rootSecretKey is a 64-byte Ed25519 key). The bytes
    /// must be a JSON object with an "id" and an integer "version" >= 1; everything else about
    /// the survey is the validator's business, not the signer's.
    static Result<SignedDefinition> sign(const QByteArray &definition,
                                         const SecureBytes &rootSecretKey);
    /// Signs as above, then checks the result with @p rootPublicKey, the key devices pin, so a
    /// definition never leaves signed by a key kiosks would refuse: "key_mismatch" when the two
    /// keys are not a pair, "bad_key" when the public key is not 32 bytes.
    static Result<SignedDefinition> sign(const QByteArray &definition,
                                         const SecureBytes &rootSecretKey,
                                         const QByteArray &rootPublicKey);
    /// Checks the root signature over the exact definition bytes, then reads its id and version.
    static Result<SignedDefinition> verify(const QByteArray &signedBytes,
                                           const QByteArray &rootPublicKey);
    static Result<SignedDefinition> verify(const QJsonObject &signedObject,
                                           const QByteArray &rootPublicKey);

    /// {"definition": ..., "signature": ...}: what the inbox sends and the device keeps.
    QJsonObject toJsonObject() const;
    /// toJsonObject() as indented JSON: the file a device writes.
    QByteArray toBytes() const;

    const QByteArray &definition() const { return m_definition; }
    const QByteArray &signature() const { return m_signature; }
    const QString &surveyId() const { return m_surveyId; }
    int version() const { return m_version; }

private:
    static Result<SignedDefinition> withIdAndVersion(QByteArray definition, QByteArray signature);

    QByteArray m_definition;
    QByteArray m_signature;
    QString m_surveyId;
    int m_version = 0;
};

} // namespace heard
