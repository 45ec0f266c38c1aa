// Known-answer vectors for envelope v1 and the key bundle (tests/crypto/vectors/envelope-v1.json).
// Ed25519 signatures are deterministic, sealed boxes are not (ephemeral key), so the committed
// envelope was produced once; the test checks it still verifies and opens, that everything
// deterministic is reproduced byte for byte, and that a fresh envelope opens with the same keys.
// HEARD_REGENERATE_VECTORS=1 rewrites the file instead (only when the format changes on purpose).
#include "crypto/envelope.h"
#include "crypto/keybundle.h"
#include "crypto/responsepayload.h"
#include "crypto/sodium.h"
#include "support/sessioninfos.h"
#include "support/testkeypair.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

const QString VectorFile
    = QStringLiteral(HEARD_SOURCE_DIR "/tests/crypto/vectors/envelope-v1.json");

QByteArray sequence(int start, int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = char(start + i);
    return bytes;
}

// The fixed inputs, built in code; the file records what they produce.
const QByteArray DeviceSeed = sequence(0x00, 32);
const QByteArray LaBoxSeed = sequence(0x20, 32);
const QByteArray RootSeed = sequence(0x40, 32);

SessionInfo session()
{
    SessionInfo s = newSession(u"children-8-11"_s, 2, u"8-11"_s, QDate(2026, 11, 27));
    s.sessionId = QUuid(u"3f2c6a1e-5b7d-4c8e-9a0f-1d2e3f405162"_s);
    s.language = u"cy"_s;
    s.completionMode = CompletionMode::ChildWithHelp;
    return s;
}

EnvelopeHeader header(const TestKeyPair &la, const DeviceIdentity &device)
{
    EnvelopeHeader h;
    h.kind = EnvelopeKind::Answer;
    h.keyId = EnvelopeHeader::keyIdFor(la.publicKey);
    h.devicePublicKey = device.publicKey();
    h.recordId = QUuid(u"9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"_s);
    h.surveyId = u"children-8-11"_s;
    h.surveyVersion = 2;
    h.day = QDate(2026, 11, 27);
    return h;
}

QByteArray payload()
{
    const Question q = measuredQuestion(u"feel-safe"_s, QuestionKind::Faces,
                                        { Measure { u"feel-safe"_s, { u"4"_s, u"5"_s } },
                                          Measure { u"home-settled"_s, { u"5"_s } } });
    const AnswerRecord answer { u"feel-safe"_s, { u"4"_s }, std::nullopt, QString(), 3 };
    return encodeAnswerPayload(session(), answer, q);
}

KeyBundle bundle(const TestKeyPair &la)
{
    LaPublicKey key { EnvelopeHeader::keyIdFor(la.publicKey), la.publicKey, QDate(2026, 1, 1),
                      QDate(2027, 12, 31) };
    return KeyBundle({ key }, QDate(2026, 11, 27));
}

SecureBytes rootSecret(QByteArray *publicKey)
{
    SecureBytes secret(crypto_sign_SECRETKEYBYTES);
    publicKey->resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<uchar *>(publicKey->data()), secret.data(),
                             reinterpret_cast<const uchar *>(RootSeed.constData()));
    return secret;
}

QByteArray hex(const QJsonObject &o, const QString &key)
{
    return QByteArray::fromHex(o.value(key).toString().toLatin1());
}

} // namespace

class TestEnvelopeVectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(ensureSodium());
        m_la = TestKeyPair::boxFromSeed(LaBoxSeed);
        m_device = DeviceIdentity::fromSeed(DeviceSeed).value();
        if (qEnvironmentVariableIsSet("HEARD_REGENERATE_VECTORS"))
            regenerate();
        QFile file(VectorFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(VectorFile));
        m_vectors = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_vectors.isEmpty());
    }

    void seedsGiveTheCommittedKeys()
    {
        QCOMPARE(hex(m_vectors, u"deviceSeed"_s), DeviceSeed);
        QCOMPARE(hex(m_vectors, u"laBoxSeed"_s), LaBoxSeed);
        QCOMPARE(hex(m_vectors, u"rootSeed"_s), RootSeed);
        QCOMPARE(hex(m_vectors, u"devicePublicKey"_s), m_device.publicKey());
        QCOMPARE(hex(m_vectors, u"laPublicKey"_s), m_la.publicKey);
        const QByteArray laSecret(reinterpret_cast<const char *>(m_la.secretKey.data()),
                                  m_la.secretKey.size());
        QCOMPARE(hex(m_vectors, u"laSecretKey"_s), laSecret);
        QCOMPARE(hex(m_vectors, u"keyId"_s), EnvelopeHeader::keyIdFor(m_la.publicKey));
        QCOMPARE(m_vectors.value(u"deviceId"_s).toString(), m_device.deviceId());
    }

    void headerEncoding()
    {
        const auto encoded = header(m_la, m_device).encode();
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->toHex(), m_vectors.value(u"headerHex"_s).toString().toLatin1());
        const auto decoded = EnvelopeHeader::decode(hex(m_vectors, u"headerHex"_s));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), header(m_la, m_device));
    }

    void payloadEncoding()
    {
        QCOMPARE(payload(), m_vectors.value(u"payload"_s).toString().toUtf8());
    }

    void committedEnvelopeVerifiesAndOpens()
    {
        const QByteArray envelope = hex(m_vectors, u"envelopeHex"_s);
        const auto verified = EnvelopeOpener::verifySignature(envelope);
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
        QCOMPARE(verified.value(), header(m_la, m_device));

        EnvelopeOpener opener;
        QVERIFY(opener.addKeyPair(m_la.publicKey, m_la.secretKey).ok());
        const auto opened = opener.open(envelope);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened->payload, m_vectors.value(u"payload"_s).toString().toUtf8());
        const auto decoded = decodeResponsePayload(opened->header.kind, opened->payload);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->positive, QStringList { u"feel-safe"_s });

        // Ed25519 is deterministic: signing the same bytes again gives the committed signature.
        const QByteArray signedPart = envelope.left(envelope.size() - Envelope::SignatureSize);
        QCOMPARE(m_device
                     .sign(QByteArray(Envelope::SignatureContext, Envelope::SignatureContextSize)
                           + signedPart)
                     .toHex(),
                 m_vectors.value(u"signatureHex"_s).toString().toLatin1());
        QCOMPARE(envelope.right(Envelope::SignatureSize).toHex(),
                 m_vectors.value(u"signatureHex"_s).toString().toLatin1());
    }

    void freshEnvelopeOpens()
    {
        const QByteArray fresh = EnvelopeSealer(m_device, m_la.publicKey)
                                     .seal(header(m_la, m_device), payload())
                                     .value();
        QVERIFY(fresh != hex(m_vectors, u"envelopeHex"_s)); // the ephemeral key differs every time
        QCOMPARE(fresh.left(fresh.size() - Envelope::SignatureSize)
                     .left(hex(m_vectors, u"headerHex"_s).size()),
                 hex(m_vectors, u"headerHex"_s));
        EnvelopeOpener opener;
        QVERIFY(opener.addKeyPair(m_la.publicKey, m_la.secretKey).ok());
        QCOMPARE(opener.open(fresh).value().payload, payload());
    }

    void keyBundleVector()
    {
        QByteArray rootPublic;
        const SecureBytes secret = rootSecret(&rootPublic);
        QCOMPARE(hex(m_vectors, u"rootPublicKey"_s), rootPublic);
        const QByteArray bundleBytes = bundle(m_la).bundleBytes();
        QCOMPARE(bundleBytes, m_vectors.value(u"bundleJson"_s).toString().toUtf8());
        const QByteArray signedFile = bundle(m_la).sign(secret).value();
        const QJsonObject file = QJsonDocument::fromJson(signedFile).object();
        QCOMPARE(QByteArray::fromBase64(file.value(u"signature"_s).toString().toLatin1()).toHex(),
                 m_vectors.value(u"bundleSignatureHex"_s).toString().toLatin1());
        const auto verified = KeyBundle::verify(signedFile, rootPublic);
        QVERIFY(verified.ok());
        QCOMPARE(verified->sealingKeyFor(QDate(2026, 11, 27)).value().publicKey, m_la.publicKey);
    }

private:
    void regenerate()
    {
        QByteArray rootPublic;
        const SecureBytes root = rootSecret(&rootPublic);
        const QByteArray envelope = EnvelopeSealer(m_device, m_la.publicKey)
                                        .seal(header(m_la, m_device), payload())
                                        .value();
        const QJsonObject signedBundle
            = QJsonDocument::fromJson(bundle(m_la).sign(root).value()).object();
        QJsonObject o;
        o[u"about"_s]
            = u"Envelope v1 test vectors; see docs/envelope.md. Seeds are bytes 00..1f, 20..3f, 40..5f."_s;
        o[u"deviceSeed"_s] = QString::fromLatin1(DeviceSeed.toHex());
        o[u"laBoxSeed"_s] = QString::fromLatin1(LaBoxSeed.toHex());
        o[u"rootSeed"_s] = QString::fromLatin1(RootSeed.toHex());
        o[u"devicePublicKey"_s] = QString::fromLatin1(m_device.publicKey().toHex());
        o[u"deviceId"_s] = m_device.deviceId();
        o[u"laPublicKey"_s] = QString::fromLatin1(m_la.publicKey.toHex());
        o[u"laSecretKey"_s] = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(m_la.secretKey.data()), m_la.secretKey.size())
                .toHex());
        o[u"keyId"_s] = QString::fromLatin1(EnvelopeHeader::keyIdFor(m_la.publicKey).toHex());
        o[u"rootPublicKey"_s] = QString::fromLatin1(rootPublic.toHex());
        o[u"headerHex"_s] = QString::fromLatin1(header(m_la, m_device).encode().value().toHex());
        o[u"payload"_s] = QString::fromUtf8(payload());
        o[u"envelopeHex"_s] = QString::fromLatin1(envelope.toHex());
        o[u"signatureHex"_s] = QString::fromLatin1(envelope.right(Envelope::SignatureSize).toHex());
        o[u"bundleJson"_s] = QString::fromUtf8(bundle(m_la).bundleBytes());
        o[u"bundleSignatureHex"_s] = QString::fromLatin1(
            QByteArray::fromBase64(signedBundle.value(u"signature"_s).toString().toLatin1())
                .toHex());
        QFile file(VectorFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    }

    TestKeyPair m_la;
    DeviceIdentity m_device;
    QJsonObject m_vectors;
};

QTEST_GUILESS_MAIN(TestEnvelopeVectors)
#include "tst_envelopevectors.moc"
