#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QUuid>

namespace heard {

enum class EnvelopeKind : quint8 {
    Answer = 1,
    SessionEnd = 2,
};

/// The plaintext outer header of an envelope: only what the inbox needs to route, deduplicate and
/// verify, never an answer. Its binary form (docs/envelope.md) is deterministic big-endian:
///
///   "HEARDENV" | u8 formatVersion | u8 kind | keyId[8] | devicePublicKey[32] | recordId[16]
///   | u8 n | surveyId[n] | u16 surveyVersion | u16 year | u8 month | u8 day
struct EnvelopeHeader
{
    static constexpr quint8 CurrentFormatVersion = 1;
    static constexpr int KeyIdSize = 8;
    static constexpr int DevicePublicKeySize = 32;
    static constexpr int MaxSurveyIdLength = 64;
    static constexpr int FixedSize = 8 + 1 + 1 + 8 + 32 + 16 + 1 + 2 + 4; ///< without the survey id

    quint8 formatVersion = CurrentFormatVersion;
    EnvelopeKind kind = EnvelopeKind::Answer;
    QByteArray keyId; ///< first 8 bytes of BLAKE2b-256 of the LA encryption public key
    QByteArray devicePublicKey; ///< 32-byte Ed25519 public key: the device id
    QUuid recordId;
    QString surveyId; ///< ASCII [a-z0-9-], 1-64 characters
    quint16 surveyVersion = 0;
    QDate day;

    bool operator==(const EnvelopeHeader &other) const = default;

    /// The key id of an LA encryption public key (32-byte X25519).
    static QByteArray keyIdFor(const QByteArray &laPublicKey);

    /// Checks every field; the message says which one is wrong.
    Result<void> validate() const;

    /// The binary form; fails when validate() fails.
    Result<QByteArray> encode() const;

    /// Parses a header at the start of @p bytes; @p consumed receives its length. Strict: every
    /// length and value is checked. Trailing bytes are left to the caller.
    static Result<EnvelopeHeader> decode(const QByteArray &bytes, int *consumed = nullptr);
};

QString envelopeKindCode(EnvelopeKind kind); ///< "answer", "session_end"

} // namespace heard
