// The protocol logic of the inbox (docs/sync-protocol.md), driven directly with real envelopes.
#include "crypto/envelopeheader.h"
#include "crypto/keybundle.h"
#include "inbox/inboxservice.h"
#include "support/testkeypair.h"
#include "synctestutil.h"
#include "util/errorcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

QByteArray batchBody(const QString &batchId, const QList<QByteArray> &envelopes)
{
    QJsonArray list;
    for (const QByteArray &e : envelopes) {
        list.append(QString::fromLatin1(e.toBase64()));
    }
    return QJsonDocument(QJsonObject { { u"batchId"_s, batchId }, { u"envelopes"_s, list } })
        .toJson(QJsonDocument::Compact);
}

QJsonArray results(const ServiceReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object().value(u"results"_s).toArray();
}

QString statusOf(const ServiceReply &reply, int i)
{
    return results(reply).at(i).toObject().value(u"status"_s).toString();
}

QString reasonOf(const ServiceReply &reply, int i)
{
    return results(reply).at(i).toObject().value(u"reason"_s).toString();
}

} // namespace

class TestInboxService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<InboxStore> m_store;
    std::unique_ptr<InboxService> m_service;
    DeviceIdentity m_device = testutil::deviceFromSeed(1);
    std::unique_ptr<EnvelopeSealer> m_sealer;
    QByteArray m_auth;
    int m_dbCounter = 0;

    QByteArray enrol(const DeviceIdentity &device)
    {
        const QString code = m_service->createEnrolmentCode().value();
        const ServiceReply reply = m_service->enrol(
            QJsonDocument(QJsonObject { { u"code"_s, code.toLower() }, // case does not matter
                                        { u"devicePublicKey"_s,
                                          QString::fromLatin1(device.publicKey().toBase64()) } })
                .toJson());
        if (reply.status != 200) {
            return {};
        }
        return "Bearer "
            + QJsonDocument::fromJson(reply.body).object().value(u"token"_s).toString().toLatin1();
    }

    ServiceReply send(const QList<QByteArray> &envelopes, QString key = QString())
    {
        if (key.isEmpty()) {
            key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        return m_service->acceptBatch(m_auth, key.toLatin1(), batchBody(key, envelopes));
    }

private Q_SLOTS:
    void init()
    {
        m_service.reset();
        m_store = std::move(
            InboxStore::open(u"sqlite:"_s + m_dir.filePath(u"inbox%1.db"_s.arg(++m_dbCounter)))
                .value());
        m_service = std::make_unique<InboxService>(*m_store, "signed-bundle",
                                                   "-----BEGIN CERTIFICATE-----\n",
                                                   InboxLimits { 64 * 1024, 20 });
        m_sealer = std::make_unique<EnvelopeSealer>(m_device,
                                                    testutil::TestKeyPair::randomBoxPublicKey());
        m_auth = enrol(m_device);
        QVERIFY(!m_auth.isEmpty());
    }

    void enrolmentReplyAndOneTimeCode()
    {
        const QString code = m_service->createEnrolmentCode().value();
        QVERIFY(
            QRegularExpression(u"^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$"_s).match(code).hasMatch());
        const QByteArray body
            = QJsonDocument(
                  QJsonObject {
                      { u"code"_s, code },
                      { u"devicePublicKey"_s,
                        QString::fromLatin1(testutil::deviceFromSeed(2).publicKey().toBase64()) } })
                  .toJson();
        const ServiceReply first = m_service->enrol(body);
        QCOMPARE(first.status, 200);
        const QJsonObject object = QJsonDocument::fromJson(first.body).object();
        QCOMPARE(QByteArray::fromBase64(object.value(u"keyBundle"_s).toString().toLatin1()),
                 QByteArray("signed-bundle"));
        QVERIFY(object.value(u"caCertificate"_s).toString().startsWith(u"-----BEGIN"_s));
        const QString token = object.value(u"token"_s).toString();
        QVERIFY(token.size() >= 43);
        QVERIFY(!first.logLine.contains(token));
        // A lost reply: the same key retries with the same code and gets a new token; the old
        // one stops working. Another key cannot use the code.
        const ServiceReply retry = m_service->enrol(body);
        QCOMPARE(retry.status, 200);
        const QString newToken
            = QJsonDocument::fromJson(retry.body).object().value(u"token"_s).toString();
        QVERIFY(newToken != token);
        QCOMPARE(m_service->config("Bearer " + token.toLatin1()).status, 401);
        QCOMPARE(m_service->config("Bearer " + newToken.toLatin1()).status, 200);
        QByteArray otherKey = body;
        otherKey.replace(testutil::deviceFromSeed(2).publicKey().toBase64(),
                         testutil::deviceFromSeed(3).publicKey().toBase64());
        QCOMPARE(m_service->enrol(otherKey).status, 401); // used by another key
        QCOMPARE(m_service->enrol("{\"code\":1}").status, 400);
        QCOMPARE(m_service->enrol("not json").status, 400);
        QCOMPARE(m_service->listDevices().value().size(), 2);
    }

    void storedThenDuplicateAndReplayByteForByte()
    {
        const QList<QByteArray> envelopes { testutil::makeEnvelope(*m_sealer),
                                            testutil::makeEnvelope(*m_sealer) };
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const ServiceReply first = send(envelopes, key);
        QCOMPARE(first.status, 200);
        QCOMPARE(statusOf(first, 0), u"stored"_s);
        QCOMPARE(statusOf(first, 1), u"stored"_s);
        QCOMPARE(m_store->envelopeCount().value(), 2);

        const ServiceReply replay = send(envelopes, key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, first.body);

        const ServiceReply again = send(envelopes + QList<QByteArray> { envelopes.first() });
        QCOMPARE(statusOf(again, 0), u"duplicate"_s);
        QCOMPARE(statusOf(again, 1), u"duplicate"_s);
        QCOMPARE(statusOf(again, 2), u"duplicate"_s);
        QCOMPARE(m_store->envelopeCount().value(), 2);

        // The same key with other bytes is a client bug, not a replay.
        QCOMPARE(send({ envelopes.first() }, key).status, 409);
    }

    void knownIdWithDifferentBytesIsQuarantined()
    {
        const QUuid id = QUuid::createUuid();
        const QByteArray original = testutil::makeEnvelope(*m_sealer, id);
        const QByteArray impostor = testutil::makeEnvelope(*m_sealer, id, 300);
        QCOMPARE(statusOf(send({ original }), 0), u"stored"_s);
        const ServiceReply reply = send({ impostor });
        QCOMPARE(statusOf(reply, 0), u"rejected"_s);
        QCOMPARE(reasonOf(reply, 0), ErrorCode::ConflictingBytes);
        QCOMPARE(m_store->quarantineCount().value(), 1);
        QCOMPARE(m_store->envelopes().value(), QList<QByteArray> { original });
    }

    void envelopesSealedToKeysOutsideTheBundleAreRefused()
    {
        // A real signed bundle listing one LA key: the inbox accepts only envelopes sealed to it.
        const QByteArray listed = testutil::TestKeyPair::randomBoxPublicKey();
        const KeyBundle bundle({ LaPublicKey { EnvelopeHeader::keyIdFor(listed), listed,
                                               QDate(2026, 1, 1), QDate(2027, 12, 31) } },
                               QDate(2026, 11, 1));
        const testutil::TestKeyPair root = testutil::TestKeyPair::sign();
        m_service = std::make_unique<InboxService>(*m_store, bundle.sign(root.secretKey).value(),
                                                   "", InboxLimits { 64 * 1024, 20 });
        const EnvelopeSealer toListed(m_device, listed);
        const QByteArray good = testutil::makeEnvelope(toListed);
        const QByteArray strayKey = testutil::makeEnvelope(*m_sealer); // a random LA key
        const ServiceReply reply = send({ strayKey, good });
        QCOMPARE(reply.status, 200);
        QCOMPARE(statusOf(reply, 0), u"rejected"_s);
        QCOMPARE(reasonOf(reply, 0), ErrorCode::UnknownKey);
        QCOMPARE(statusOf(reply, 1), u"stored"_s);
        QCOMPARE(m_store->envelopes().value(), QList<QByteArray> { good });
    }

    void withoutABundleAnyKeyIsAccepted()
    {
        // init() gives the service bytes that are not a key bundle: nothing to check against.
        QCOMPARE(statusOf(send({ testutil::makeEnvelope(*m_sealer) }), 0), u"stored"_s);
    }

    void badEnvelopesRejectedWithReasons()
    {
        QByteArray badSignature = testutil::makeEnvelope(*m_sealer);
        badSignature[badSignature.size() - 1] = char(badSignature.at(badSignature.size() - 1) ^ 1);
        EnvelopeSealer other(testutil::deviceFromSeed(9),
                             testutil::TestKeyPair::randomBoxPublicKey());
        const QByteArray wrongDevice = testutil::makeEnvelope(other);
        const QByteArray good = testutil::makeEnvelope(*m_sealer);
        const ServiceReply reply = send({ badSignature, "garbage", wrongDevice, good });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reasonOf(reply, 0), ErrorCode::BadSignature);
        QVERIFY(!results(reply).at(0).toObject().value(u"recordId"_s).toString().isEmpty());
        QCOMPARE(reasonOf(reply, 1), ErrorCode::Malformed);
        QCOMPARE(reasonOf(reply, 2), ErrorCode::WrongDevice);
        QCOMPARE(statusOf(reply, 3), u"stored"_s);
        QCOMPARE(m_store->envelopeCount().value(), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("auth");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray k = "6a3f1c2e-0b7d-4e55-9a11-2c3d4e5f6a7b";
        QTest::newRow("no token") << QByteArray() << k << batchBody(QString::fromLatin1(k), {})
                                  << 401;
        QTest::newRow("unknown token")
            << QByteArray("Bearer nope") << k << batchBody(QString::fromLatin1(k), {}) << 401;
        QTest::newRow("not json") << QByteArray("AUTH") << k << QByteArray("{{") << 400;
        QTest::newRow("id mismatch")
            << QByteArray("AUTH") << k
            << batchBody(QUuid::createUuid().toString(QUuid::WithoutBraces), {}) << 400;
        QTest::newRow("bad key") << QByteArray("AUTH") << QByteArray("x") << batchBody(u"x"_s, {})
                                 << 400;
        QTest::newRow("too many") << QByteArray("AUTH") << k
                                  << batchBody(QString::fromLatin1(k), QList<QByteArray>(21, "e"))
                                  << 413;
        QTest::newRow("too big") << QByteArray(
            "AUTH") << k << batchBody(QString::fromLatin1(k), { QByteArray(70 * 1024, 'e') })
                                 << 413;
    }
    void refusals()
    {
        QFETCH(QByteArray, auth);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const ServiceReply reply
            = m_service->acceptBatch(auth == "AUTH" ? m_auth : auth, key, body);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.logLine.contains(QString::fromLatin1(m_auth.mid(7))));
        QCOMPARE(m_store->envelopeCount().value(), 0);
    }

    void revokedDeviceGets401()
    {
        QCOMPARE(statusOf(send({ testutil::makeEnvelope(*m_sealer) }), 0), u"stored"_s);
        QVERIFY(m_service->revokeDevice(m_device.publicKey()));
        const ServiceReply reply = send({ testutil::makeEnvelope(*m_sealer) });
        QCOMPARE(reply.status, 401);
        QCOMPARE(m_service->config(m_auth).status, 401);
        QCOMPARE(m_store->envelopeCount().value(), 1);
        // A USB import from a revoked device is refused too.
        QCOMPARE(m_service
                     ->importBatch(batchBody(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                             { testutil::makeEnvelope(*m_sealer) }))
                     .status,
                 401);
    }

    void importUsesTheSameDedup()
    {
        const QByteArray envelope = testutil::makeEnvelope(*m_sealer);
        QCOMPARE(statusOf(send({ envelope }), 0), u"stored"_s);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray body = batchBody(key, { envelope, testutil::makeEnvelope(*m_sealer) });
        const ServiceReply imported = m_service->importBatch(body);
        QCOMPARE(imported.status, 200);
        QCOMPARE(statusOf(imported, 0), u"duplicate"_s);
        QCOMPARE(statusOf(imported, 1), u"stored"_s);
        QCOMPARE(m_service->importBatch(body).body, imported.body);
        QCOMPARE(m_store->envelopeCount().value(), 2);
    }

    void configAndHealth()
    {
        InboxMessage message;
        message.text = { { u"en"_s, u"You said: more football. We did: a Saturday club."_s },
                         { u"cy"_s, u"Dywedoch chi; gwnaethon ni."_s } };
        message.audio = "OggS";
        message.audioType = u"audio/ogg"_s;
        QVERIFY(m_service->publishMessage(message));
        const ServiceReply reply = m_service->config(m_auth);
        QCOMPARE(reply.status, 200);
        const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(object.value(u"messages"_s).toArray().size(), 1);
        const QJsonObject text
            = object.value(u"messages"_s).toArray().at(0).toObject().value(u"text"_s).toObject();
        QCOMPARE(text.value(u"en"_s).toString(), message.text.value(u"en"_s));
        QCOMPARE(text.value(u"cy"_s).toString(), message.text.value(u"cy"_s));
        QCOMPARE(
            object.value(u"messages"_s).toArray().at(0).toObject().value(u"audioType"_s).toString(),
            u"audio/ogg"_s);
        QCOMPARE(m_service->config("Bearer wrong").status, 401);
        QCOMPARE(m_service->health().status, 200);
    }

    void wrongMethodAndUnknownPath()
    {
        const ServiceReply wrong
            = InboxService::methodNotAllowed("GET"_ba, u"/v1/batches"_s, "POST"_ba);
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.allow, "POST"_ba);
        QCOMPARE(QJsonDocument::fromJson(wrong.body).object().value(u"error"_s).toString(),
                 ErrorCode::MethodNotAllowed);
        QCOMPARE(wrong.logLine, u"405 GET /v1/batches (allowed: POST)"_s);

        // A path is whatever a client sent: it cannot forge a log line or flood the log.
        const ServiceReply unknown = InboxService::notFound(
            "POST"_ba, u"/x\n200 POST /v1/batches\r"_s + QString(300, u'a'));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.allow.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(unknown.body).object().value(u"error"_s).toString(),
                 ErrorCode::NotFound);
        QVERIFY(unknown.logLine.startsWith(u"404 POST /x?200?POST?/v1/batches?aaa"_s));
        QVERIFY(unknown.logLine.size() < 130);
        QVERIFY(!unknown.logLine.contains(u'\n') && !unknown.logLine.contains(u'\r'));
    }
};

QTEST_GUILESS_MAIN(TestInboxService)
#include "tst_inboxservice.moc"
