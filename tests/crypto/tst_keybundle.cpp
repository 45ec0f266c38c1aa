// The LA key bundle: signed by the root key, strictly parsed, newest valid key chosen by date.
#include "crypto/envelopeheader.h"
#include "crypto/keybundle.h"
#include "crypto/sodium.h"
#include "support/testkeypair.h"
#include "util/errorcode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

LaPublicKey key(QDate from, QDate until)
{
    LaPublicKey k;
    k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    randombytes_buf(k.publicKey.data(), size_t(k.publicKey.size()));
    k.keyId = EnvelopeHeader::keyIdFor(k.publicKey);
    k.validFrom = from;
    k.validUntil = until;
    return k;
}

QByteArray resign(const TestKeyPair &root, const QByteArray &bundle)
{
    QByteArray input
        = QByteArray(KeyBundle::SignatureContext, sizeof KeyBundle::SignatureContext) + bundle;
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<uchar *>(sig.data()), nullptr,
                         reinterpret_cast<const uchar *>(input.constData()), input.size(),
                         root.secretKey.data());
    QJsonObject o;
    o[u"bundle"_s] = QString::fromLatin1(bundle.toBase64());
    o[u"signature"_s] = QString::fromLatin1(sig.toBase64());
    return QJsonDocument(o).toJson();
}

} // namespace

class TestKeyBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(ensureSodium()); }

    void tieGoesToTheKeyListedLater()
    {
        // Rotation appends: with identical windows the later key is the newer one.
        const QList<LaPublicKey> keys { key(QDate(2026, 1, 1), QDate(2027, 1, 1)),
                                        key(QDate(2026, 1, 1), QDate(2027, 1, 1)) };
        QCOMPARE(KeyBundle(keys, QDate(2026, 1, 1)).sealingKeyFor(QDate(2026, 5, 1)).value(),
                 keys.at(1));
    }

    void signAndVerify()
    {
        const TestKeyPair root = TestKeyPair::sign();
        const KeyBundle bundle({ key(QDate(2026, 1, 1), QDate(2027, 12, 31)),
                                 key(QDate(2027, 6, 1), QDate(2029, 5, 31)) },
                               QDate(2026, 11, 27));
        const auto signedBytes = bundle.sign(root.secretKey);
        QVERIFY(signedBytes.ok());
        const auto verified = KeyBundle::verify(signedBytes.value(), root.publicKey);
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
        QCOMPARE(verified->keys(), bundle.keys());
        QCOMPARE(verified->issued(), bundle.issued());
    }

    void otherRootRejected()
    {
        const TestKeyPair root = TestKeyPair::sign();
        const KeyBundle bundle({ key(QDate(2026, 1, 1), QDate(2027, 1, 1)) }, QDate(2026, 1, 1));
        const auto verified
            = KeyBundle::verify(bundle.sign(root.secretKey).value(), TestKeyPair::sign().publicKey);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, ErrorCode::BadSignature);
    }

    void tamperedBundleRejected_data()
    {
        QTest::addColumn<int>("byte");
        for (int i : { 0, 5, 20, 60, 100 })
            QTest::newRow(qPrintable(u"byte %1"_s.arg(i))) << i;
    }

    void tamperedBundleRejected()
    {
        QFETCH(int, byte);
        const TestKeyPair root = TestKeyPair::sign();
        const KeyBundle bundle({ key(QDate(2026, 1, 1), QDate(2027, 1, 1)) }, QDate(2026, 1, 1));
        const QJsonObject file
            = QJsonDocument::fromJson(bundle.sign(root.secretKey).value()).object();
        QByteArray inner = QByteArray::fromBase64(file.value(u"bundle"_s).toString().toLatin1());
        QVERIFY(byte < inner.size());
        inner[byte] = char(inner[byte] ^ 0x01);
        QJsonObject tampered = file;
        tampered[u"bundle"_s] = QString::fromLatin1(inner.toBase64());
        const auto verified = KeyBundle::verify(QJsonDocument(tampered).toJson(), root.publicKey);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, ErrorCode::BadSignature);
    }

    void malformedButSigned_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        const LaPublicKey k = key(QDate(2026, 1, 1), QDate(2027, 1, 1));
        const QByteArray pk = k.publicKey.toBase64();
        const QByteArray id = k.keyId.toHex();
        QTest::newRow("not json") << QByteArray("nope");
        QTest::newRow("no keys") << QByteArray(R"({"v":1,"issued":"2026-01-01","keys":[]})");
        QTest::newRow("wrong version") << QByteArray(R"({"v":2,"issued":"2026-01-01","keys":[]})");
        QTest::newRow("key id mismatch") << QByteArray(
            R"({"v":1,"issued":"2026-01-01","keys":[{"keyId":"0000000000000000","publicKey":")" + pk
            + R"(","validFrom":"2026-01-01","validUntil":"2027-01-01"}]})");
        QTest::newRow("dates reversed") << QByteArray(
            R"({"v":1,"issued":"2026-01-01","keys":[{"keyId":")" + id + R"(","publicKey":")" + pk
            + R"(","validFrom":"2027-01-01","validUntil":"2026-01-01"}]})");
        QTest::newRow("duplicate key") << QByteArray(
            R"({"v":1,"issued":"2026-01-01","keys":[{"keyId":")" + id + R"(","publicKey":")" + pk
            + R"(","validFrom":"2026-01-01","validUntil":"2027-01-01"},{"keyId":")" + id
            + R"(","publicKey":")" + pk
            + R"(","validFrom":"2026-01-01","validUntil":"2027-01-01"}]})");
    }

    void malformedButSigned()
    {
        QFETCH(QByteArray, bundle);
        const TestKeyPair root = TestKeyPair::sign();
        const auto verified = KeyBundle::verify(resign(root, bundle), root.publicKey);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, ErrorCode::MalformedBundle);
    }

    void sealingKeyForDate_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("expected"); // index into the keys, -1 for none
        QTest::newRow("before all") << QDate(2025, 12, 31) << -1;
        QTest::newRow("first only") << QDate(2026, 3, 1) << 0;
        QTest::newRow("first day of second") << QDate(2026, 6, 1) << 1;
        QTest::newRow("overlap: newest wins") << QDate(2026, 12, 1) << 1;
        QTest::newRow("last day of first, third not yet") << QDate(2026, 12, 31) << 1;
        QTest::newRow("third valid, newest") << QDate(2027, 2, 1) << 2;
        QTest::newRow("after all") << QDate(2031, 1, 1) << -1;
    }

    void sealingKeyForDate()
    {
        QFETCH(QDate, day);
        QFETCH(int, expected);
        const QList<LaPublicKey> keys { key(QDate(2026, 1, 1), QDate(2026, 12, 31)),
                                        key(QDate(2026, 6, 1), QDate(2027, 5, 31)),
                                        key(QDate(2027, 1, 1), QDate(2030, 12, 31)) };
        const KeyBundle bundle(keys, QDate(2026, 1, 1));
        const auto chosen = bundle.sealingKeyFor(day);
        if (expected < 0) {
            QVERIFY(!chosen.ok());
            QCOMPARE(chosen.error().code, ErrorCode::NoValidKey);
        } else {
            QVERIFY(chosen.ok());
            QCOMPARE(chosen.value(), keys.at(expected));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyBundle)
#include "tst_keybundle.moc"
