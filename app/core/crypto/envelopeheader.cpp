#include "crypto/envelopeheader.h"

#include "crypto/sodium.h"
#include "util/errorcode.h"

#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

constexpr char Magic[] = "HEARDENV";
constexpr int MagicSize = 8;

bool isSurveyIdChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

Result<EnvelopeHeader> malformed(const QString &message)
{
    return Result<EnvelopeHeader>::failure(ErrorCode::Malformed, message);
}

} // namespace

QString envelopeKindCode(EnvelopeKind kind)
{
    switch (kind) {
    case EnvelopeKind::Answer:
        return u"answer"_s;
    case EnvelopeKind::SessionEnd:
        return u"session_end"_s;
    }
    return QString();
}

QByteArray EnvelopeHeader::keyIdFor(const QByteArray &laPublicKey)
{
    ensureSodium();
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char *>(laPublicKey.constData()),
                       static_cast<unsigned long long>(laPublicKey.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(hash), KeyIdSize);
}

Result<void> EnvelopeHeader::validate() const
{
    auto fail = [](const QString &message) {
        return Result<void>::failure(ErrorCode::Malformed, message);
    };
    if (formatVersion != CurrentFormatVersion)
        return fail(u"unsupported envelope format version %1"_s.arg(formatVersion));
    if (kind != EnvelopeKind::Answer && kind != EnvelopeKind::SessionEnd)
        return fail(u"unknown envelope kind %1"_s.arg(static_cast<int>(kind)));
    if (keyId.size() != KeyIdSize)
        return fail(u"key id must be %1 bytes, not %2"_s.arg(KeyIdSize).arg(keyId.size()));
    if (devicePublicKey.size() != DevicePublicKeySize)
        return fail(u"device public key must be %1 bytes, not %2"_s.arg(DevicePublicKeySize)
                        .arg(devicePublicKey.size()));
    if (recordId.isNull())
        return fail(u"record id is the null UUID"_s);
    if (surveyId.isEmpty() || surveyId.size() > MaxSurveyIdLength)
        return fail(u"survey id must be 1-%1 characters"_s.arg(MaxSurveyIdLength));
    for (QChar c : surveyId) {
        if (!isSurveyIdChar(c))
            return fail(u"survey id may only contain a-z, 0-9 and '-'"_s);
    }
    if (!day.isValid() || day.year() < 1 || day.year() > 65535)
        return fail(u"day is not a valid date"_s);
    return Result<void>::success();
}

Result<QByteArray> EnvelopeHeader::encode() const
{
    if (auto valid = validate(); !valid)
        return valid.error();
    const QByteArray id = surveyId.toLatin1();
    QByteArray out;
    out.reserve(FixedSize + id.size());
    out.append(Magic, MagicSize);
    out.append(char(formatVersion));
    out.append(char(static_cast<quint8>(kind)));
    out.append(keyId);
    out.append(devicePublicKey);
    out.append(recordId.toRfc4122());
    out.append(char(id.size()));
    out.append(id);
    char be[2];
    qToBigEndian<quint16>(surveyVersion, be);
    out.append(be, 2);
    qToBigEndian<quint16>(static_cast<quint16>(day.year()), be);
    out.append(be, 2);
    out.append(char(day.month()));
    out.append(char(day.day()));
    return out;
}

Result<EnvelopeHeader> EnvelopeHeader::decode(const QByteArray &bytes, int *consumed)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size < FixedSize + 1)
        return malformed(u"too short for an envelope header (%1 bytes)"_s.arg(size));
    if (memcmp(p, Magic, MagicSize) != 0)
        return malformed(u"not a Heard envelope (bad magic)"_s);
    EnvelopeHeader h;
    int at = MagicSize;
    h.formatVersion = p[at++];
    if (h.formatVersion != CurrentFormatVersion)
        return malformed(u"unsupported envelope format version %1"_s.arg(h.formatVersion));
    const quint8 kind = p[at++];
    if (kind != quint8(EnvelopeKind::Answer) && kind != quint8(EnvelopeKind::SessionEnd))
        return malformed(u"unknown envelope kind %1"_s.arg(kind));
    h.kind = EnvelopeKind(kind);
    h.keyId = bytes.mid(at, KeyIdSize);
    at += KeyIdSize;
    h.devicePublicKey = bytes.mid(at, DevicePublicKeySize);
    at += DevicePublicKeySize;
    h.recordId = QUuid::fromRfc4122(QByteArrayView(bytes).sliced(at, 16));
    at += 16;
    const int idLength = p[at++];
    if (idLength < 1 || idLength > MaxSurveyIdLength)
        return malformed(
            u"survey id length %1 is outside 1-%2"_s.arg(idLength).arg(MaxSurveyIdLength));
    if (size < FixedSize + idLength)
        return malformed(u"header truncated inside the survey id"_s);
    const QByteArray id = bytes.mid(at, idLength);
    at += idLength;
    h.surveyId = QString::fromLatin1(id);
    h.surveyVersion = qFromBigEndian<quint16>(p + at);
    at += 2;
    const int year = qFromBigEndian<quint16>(p + at);
    at += 2;
    const int month = p[at++];
    const int dayOfMonth = p[at++];
    if (!QDate::isValid(year, month, dayOfMonth) || year < 1)
        return malformed(
            u"day %1-%2-%3 is not a valid date"_s.arg(year).arg(month).arg(dayOfMonth));
    h.day = QDate(year, month, dayOfMonth);
    if (auto valid = h.validate(); !valid)
        return valid.error();
    if (consumed)
        *consumed = at;
    return h;
}

} // namespace heard
