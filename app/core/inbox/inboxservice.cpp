#include "inbox/inboxservice.h"

#include "crypto/envelope.h"
#include "crypto/keybundle.h"
#include "crypto/sodium.h"
#include "util/errorcode.h"
#include "util/strictbase64.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

QJsonObject textObject(const QMap<QString, QString> &text)
{
    QJsonObject object;
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ServiceReply error(int status, const QString &code, const QString &reason, const QString &log)
{
    QJsonObject object { { u"error"_s, code } };
    if (!reason.isEmpty()) {
        object.insert(u"reason"_s, reason);
    }
    return ServiceReply { status, json(object), status == 503 || status == 429 ? 5 : 0, log, {} };
}

/// A request path as a log may show it: printable ASCII only (no log injection), and short.
QString loggablePath(const QString &path)
{
    QString shown;
    for (const QChar c : path.left(100)) {
        shown += c.unicode() > 0x20 && c.unicode() < 0x7f ? c : u'?';
    }
    return path.size() > 100 ? shown + u"..."_s : shown;
}

ServiceReply busy(const QString &log)
{
    return error(503, ErrorCode::Busy, QString(), log);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/// What checking one uploaded envelope found: the record it names (null when even the header is
/// unreadable), and why it is refused, or its bytes when it may be offered to the store.
struct EnvelopeVerdict
{
    QUuid recordId;
    QString rejectReason;
    QByteArray bytes;
};

EnvelopeVerdict verdictFor(const QJsonValue &value, const InboxDevice &device,
                           const QSet<QByteArray> &knownKeyIds)
{
    const auto bytes = strictBase64(value);
    if (!bytes) {
        return { QUuid(), ErrorCode::Malformed, {} };
    }
    auto header = EnvelopeOpener::verifySignature(*bytes);
    if (!header) {
        // Name the record when its header still parses, so the device can mark it.
        auto parsed = EnvelopeHeader::decode(*bytes);
        return { parsed ? parsed->recordId : QUuid(),
                 header.error().code == ErrorCode::BadSignature ? ErrorCode::BadSignature
                                                                : ErrorCode::Malformed,
                 {} };
    }
    if (header->devicePublicKey != device.publicKey) {
        return { header->recordId, ErrorCode::WrongDevice, {} };
    }
    if (!knownKeyIds.isEmpty() && !knownKeyIds.contains(header->keyId)) {
        return { header->recordId, ErrorCode::UnknownKey, {} };
    }
    return { header->recordId, QString(), *bytes };
}

} // namespace

InboxService::InboxService(InboxStore &store, QByteArray signedKeyBundle,
                           QByteArray caCertificatePem, InboxLimits limits)
    : m_store(store)
    , m_signedKeyBundle(std::move(signedKeyBundle))
    , m_caPem(std::move(caCertificatePem))
    , m_limits(limits)
{
    ensureSodium();
    if (auto bundle = KeyBundle::readUnverified(m_signedKeyBundle)) {
        for (const LaPublicKey &key : bundle->keys()) {
            m_knownKeyIds.insert(key.keyId);
        }
    }
}

QByteArray InboxService::hashSecret(const QByteArray &secret)
{
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
                       reinterpret_cast<const unsigned char *>(secret.constData()),
                       size_t(secret.size()), nullptr, 0);
    return hash;
}

QString InboxService::shortDeviceId(const QByteArray &publicKey)
{
    return QString::fromLatin1(hashSecret(publicKey).left(8).toHex());
}

QByteArray InboxService::normaliseCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber()) {
            out.append(c.toUpper());
        }
    }
    return out.toLatin1();
}

Result<QString> InboxService::createEnrolmentCode(std::chrono::seconds validFor)
{
    if (!ensureSodium()) {
        return Result<QString>::failure(ErrorCode::NoRandomness, u"libsodium could not start"_s);
    }
    // No 0/O, 1/I/L, U: codes are read aloud and typed on a touch screen.
    static constexpr char alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    constexpr quint32 size = sizeof alphabet - 1;
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0) {
            code.append(u'-');
        }
        code.append(QLatin1Char(alphabet[randombytes_uniform(size)]));
    }
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(validFor.count());
    if (auto saved = m_store.addEnrolmentCode(hashSecret(normaliseCode(code)), expires); !saved) {
        return saved.error();
    }
    return code;
}

ServiceReply InboxService::enrol(const QByteArray &body)
{
    if (body.size() > 64 * 1024) {
        return error(413, ErrorCode::TooLarge, QString(), u"enrol: body too large"_s);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject object = doc.object();
    const auto key = strictBase64(object.value(u"devicePublicKey"_s));
    const QString code = object.value(u"code"_s).toString();
    if (!doc.isObject() || !key || key->size() != crypto_sign_PUBLICKEYBYTES || code.isEmpty()) {
        return error(400, ErrorCode::Malformed, u"expected {code, devicePublicKey}"_s,
                     u"enrol: malformed request"_s);
    }
    QByteArray token(32, Qt::Uninitialized);
    randombytes_buf(token.data(), size_t(token.size()));
    const QByteArray tokenText
        = token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(token.data(), size_t(token.size()));
    auto enrolled = m_store.enrolDevice(hashSecret(normaliseCode(code)), *key,
                                        hashSecret(tokenText), QDateTime::currentDateTimeUtc());
    if (!enrolled) {
        if (enrolled.error().code == ErrorCode::BadCode) {
            return error(401, ErrorCode::BadCode, QString(),
                         u"enrol: refused a bad code for device %1"_s.arg(shortDeviceId(*key)));
        }
        return busy(u"enrol: database error: %1"_s.arg(enrolled.error().message));
    }
    return ServiceReply {
        200,
        json({ { u"token"_s, QString::fromLatin1(tokenText) },
               { u"keyBundle"_s, QString::fromLatin1(m_signedKeyBundle.toBase64()) },
               { u"caCertificate"_s, QString::fromUtf8(m_caPem) } }),
        0,
        u"enrol: device %1 enrolled"_s.arg(shortDeviceId(*key)),
        {}
    };
}

Result<InboxDevice> InboxService::authenticate(const QByteArray &authorization)
{
    static const QByteArray prefix = "Bearer ";
    if (!authorization.startsWith(prefix) || authorization.size() <= prefix.size()) {
        return Result<InboxDevice>::failure(ErrorCode::Unauthorized, u"no bearer token"_s);
    }
    auto device = m_store.deviceByTokenHash(hashSecret(authorization.mid(prefix.size())));
    if (!device) {
        return device.error();
    }
    if (!device->has_value()) {
        return Result<InboxDevice>::failure(ErrorCode::Unauthorized, u"unknown token"_s);
    }
    if ((*device)->revoked) {
        return Result<InboxDevice>::failure(
            ErrorCode::Unauthorized,
            u"revoked device %1"_s.arg(shortDeviceId((*device)->publicKey)));
    }
    return **device;
}

ServiceReply InboxService::acceptBatch(const QByteArray &authorization,
                                       const QByteArray &idempotencyKey, const QByteArray &body)
{
    auto device = authenticate(authorization);
    if (!device) {
        if (device.error().code == ErrorCode::Unauthorized) {
            return error(401, ErrorCode::Unauthorized, QString(),
                         u"batch: refused: %1"_s.arg(device.error().message));
        }
        return busy(u"batch: database error: %1"_s.arg(device.error().message));
    }
    return acceptFor(device.value(), idempotencyKey, body);
}

ServiceReply InboxService::importBatch(const QByteArray &body)
{
    if (body.size() > m_limits.maxBodyBytes) {
        return error(413, ErrorCode::TooLarge, QString(), u"import: batch file too large"_s);
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonArray envelopes = object.value(u"envelopes"_s).toArray();
    // The device is whoever signed the first valid envelope; the others must match it.
    for (const QJsonValue &value : envelopes) {
        const auto bytes = strictBase64(value);
        if (!bytes) {
            continue;
        }
        auto header = EnvelopeOpener::verifySignature(*bytes);
        if (!header) {
            continue;
        }
        auto device = m_store.deviceByKey(header->devicePublicKey);
        if (!device) {
            return busy(u"import: database error"_s);
        }
        if (!device->has_value() || (*device)->revoked) {
            return error(401, ErrorCode::Unauthorized,
                         u"the device is not enrolled or is revoked"_s,
                         u"import: device %1 not enrolled or revoked"_s.arg(
                             shortDeviceId(header->devicePublicKey)));
        }
        return acceptFor(**device, object.value(u"batchId"_s).toString().toLatin1(), body);
    }
    return error(400, ErrorCode::Malformed, u"no validly signed envelope in the batch"_s,
                 u"import: no valid envelope"_s);
}

ServiceReply InboxService::acceptFor(const InboxDevice &device, const QByteArray &idempotencyKey,
                                     const QByteArray &body)
{
    const QString who = shortDeviceId(device.publicKey);
    if (body.size() > m_limits.maxBodyBytes) {
        return error(413, ErrorCode::TooLarge, u"body over %1 bytes"_s.arg(m_limits.maxBodyBytes),
                     u"batch: %1 sent %2 bytes, over the limit"_s.arg(who).arg(body.size()));
    }
    const QUuid key = QUuid::fromString(QLatin1StringView(idempotencyKey));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = doc.object();
    const QJsonValue list = object.value(u"envelopes"_s);
    if (key.isNull() || !doc.isObject() || !list.isArray()
        || object.value(u"batchId"_s).toString() != idText(key)
        || idempotencyKey != idText(key).toLatin1()) {
        return error(400, ErrorCode::Malformed,
                     u"expected {batchId, envelopes[]} with batchId equal to Idempotency-Key"_s,
                     u"batch: malformed request from %1"_s.arg(who));
    }
    const QJsonArray envelopes = list.toArray();
    if (envelopes.size() > m_limits.maxEnvelopes) {
        return error(
            413, ErrorCode::TooMany, u"more than %1 envelopes"_s.arg(m_limits.maxEnvelopes),
            u"batch: %1 sent %2 envelopes, over the limit"_s.arg(who).arg(envelopes.size()));
    }
    const QString keyText = idText(key);
    const QByteArray requestHash = hashSecret(body);

    // Verify every envelope before touching the database. Ed25519 verification is most of an
    // upload's cost, so it is spread over the cores; the order of the verdicts is kept.
    const auto verdicts = QtConcurrent::blockingMapped<QList<EnvelopeVerdict>>(
        envelopes,
        [&](const QJsonValue &value) { return verdictFor(value, device, m_knownKeyIds); });
    QList<IncomingRecord> incoming;
    for (const EnvelopeVerdict &verdict : verdicts) {
        if (verdict.rejectReason.isEmpty()) {
            incoming.append({ verdict.recordId, verdict.bytes });
        }
    }

    for (int attempt = 0; attempt < 3; ++attempt) {
        auto saved = m_store.savedBatch(keyText);
        if (!saved) {
            return busy(u"batch: database error: %1"_s.arg(saved.error().message));
        }
        if (saved->has_value()) {
            if ((*saved)->devicePublicKey != device.publicKey
                || (*saved)->requestHash != requestHash) {
                return error(409, ErrorCode::KeyReused,
                             u"this idempotency key was used for a different batch"_s,
                             u"batch: %1 reused key %2"_s.arg(who, keyText));
            }
            return ServiceReply {
                200, (*saved)->reply, 0, u"batch: %1 from %2 replayed"_s.arg(keyText, who), {}
            };
        }

        int counts[4] = { 0, 0, 0, 0 };
        auto stored = m_store.storeBatch(
            keyText, device.publicKey, requestHash, incoming,
            [&](const QList<StoreOutcome> &outcomes) {
                QJsonArray results;
                qsizetype next = 0;
                for (const EnvelopeVerdict &verdict : verdicts) {
                    QJsonObject result { { u"recordId"_s,
                                           verdict.recordId.isNull() ? QString()
                                                                     : idText(verdict.recordId) } };
                    QString reason = verdict.rejectReason;
                    if (reason.isEmpty()) {
                        const StoreOutcome outcome = outcomes.at(next++);
                        if (outcome == StoreOutcome::Stored) {
                            result.insert(u"status"_s, u"stored"_s);
                            ++counts[0];
                        } else if (outcome == StoreOutcome::Duplicate) {
                            result.insert(u"status"_s, u"duplicate"_s);
                            ++counts[1];
                        } else {
                            reason = ErrorCode::ConflictingBytes;
                            ++counts[3];
                        }
                    }
                    if (!reason.isEmpty()) {
                        result.insert(u"status"_s, u"rejected"_s);
                        result.insert(u"reason"_s, reason);
                        ++counts[2];
                    }
                    results.append(result);
                }
                return json({ { u"batchId"_s, keyText }, { u"results"_s, results } });
            });
        if (stored) {
            return ServiceReply { 200,
                                  stored.value(),
                                  0,
                                  u"batch: %1 from %2: %3 stored, %4 duplicate, %5 rejected"
                                  u" (%6 quarantined)"_s.arg(keyText, who)
                                      .arg(counts[0])
                                      .arg(counts[1])
                                      .arg(counts[2])
                                      .arg(counts[3]),
                                  {} };
        }
        if (stored.error().code != ErrorCode::RecordRace
            && stored.error().code != ErrorCode::BatchExists) {
            return busy(u"batch: database error: %1"_s.arg(stored.error().message));
        }
        // Another writer got there first: look again (a replay or a duplicate now).
    }
    return busy(u"batch: %1 kept racing another writer"_s.arg(keyText));
}

ServiceReply InboxService::config(const QByteArray &authorization)
{
    auto device = authenticate(authorization);
    if (!device) {
        if (device.error().code == ErrorCode::Unauthorized) {
            return error(401, ErrorCode::Unauthorized, QString(),
                         u"config: refused: %1"_s.arg(device.error().message));
        }
        return busy(u"config: database error"_s);
    }
    auto messages = m_store.messages();
    if (!messages) {
        return busy(u"config: database error"_s);
    }
    QJsonArray list;
    for (const InboxMessage &message : messages.value()) {
        QJsonObject item { { u"id"_s, idText(message.id) },
                           { u"published"_s, message.published.toString(Qt::ISODate) },
                           { u"text"_s, textObject(message.text) } };
        if (!message.picture.isEmpty()) {
            item.insert(u"picture"_s, QString::fromLatin1(message.picture.toBase64()));
            item.insert(u"pictureType"_s, message.pictureType);
        }
        if (!message.audio.isEmpty()) {
            item.insert(u"audio"_s, QString::fromLatin1(message.audio.toBase64()));
            item.insert(u"audioType"_s, message.audioType);
        }
        list.append(item);
    }
    auto definitions = m_store.newestSurveyDefinitions();
    if (!definitions) {
        return busy(u"config: database error"_s);
    }
    // Each survey goes out as the signed object itself; the device checks the signature, so the
    // inbox needs no root key and cannot alter a definition unnoticed.
    QJsonArray surveys;
    for (const InboxSurveyDefinition &definition : definitions.value()) {
        surveys.append(QJsonDocument::fromJson(definition.signedBytes).object());
    }
    return ServiceReply {
        200,
        json({ { u"keyBundle"_s, QString::fromLatin1(m_signedKeyBundle.toBase64()) },
               { u"messages"_s, list },
               { u"surveys"_s, surveys } }),
        0,
        u"config: sent to %1"_s.arg(shortDeviceId(device->publicKey)),
        {}
    };
}

ServiceReply InboxService::health()
{
    if (!m_store.envelopeCount()) {
        return busy(u"health: database not answering"_s);
    }
    return ServiceReply {
        200, json({ { u"status"_s, u"ok"_s }, { u"protocol"_s, 1 } }), 0, {}, {}
    };
}

ServiceReply InboxService::methodNotAllowed(const QByteArray &method, const QString &path,
                                            const QByteArray &allowed)
{
    ServiceReply reply = error(
        405, ErrorCode::MethodNotAllowed, u"%1 takes %2"_s.arg(path, QString::fromLatin1(allowed)),
        u"405 %1 %2 (allowed: %3)"_s.arg(QString::fromLatin1(method), loggablePath(path),
                                         QString::fromLatin1(allowed)));
    reply.allow = allowed;
    return reply;
}

ServiceReply InboxService::notFound(const QByteArray &method, const QString &path)
{
    return error(404, ErrorCode::NotFound, QString(),
                 u"404 %1 %2"_s.arg(QString::fromLatin1(method), loggablePath(path)));
}

Result<void> InboxService::revokeDevice(const QByteArray &publicKey)
{
    return m_store.revokeDevice(publicKey);
}

Result<QList<InboxDevice>> InboxService::listDevices()
{
    return m_store.devices();
}

Result<QUuid> InboxService::publishMessage(InboxMessage message)
{
    message.id = QUuid::createUuid();
    if (!message.published.isValid()) {
        message.published = QDateTime::currentDateTimeUtc();
    }
    if (auto added = m_store.addMessage(message); !added) {
        return added.error();
    }
    return message.id;
}

Result<void> InboxService::publishSurvey(const SignedDefinition &definition)
{
    InboxSurveyDefinition stored;
    stored.surveyId = definition.surveyId();
    stored.version = definition.version();
    stored.published = QDateTime::currentDateTimeUtc();
    stored.signedBytes = definition.toBytes();
    return m_store.addSurveyDefinition(stored);
}

} // namespace heard
