// Signed survey definition updates: only the exact bytes the LA root key signed are accepted.
#include "crypto/signeddefinition.h"
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

// Deliberately not what QJsonDocument would write: the signature covers these bytes as they are.
const QByteArray definition
    = "{ \"id\": \"children-8-11\",\n  \"version\": 3, \"title\": {\"en\": \"Hi\"} }\n";

QByteArray signedFile(const QByteArray &bytes, const QByteArray &signature)
{
    return QJsonDocument(
               QJsonObject { { u"definition"_s, QString::fromLatin1(bytes.toBase64()) },
                             { u"signature"_s, QString::fromLatin1(signature.toBase64()) } })
        .toJson();
}

} // namespace

class TestSignedDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(ensureSodium()); }

    void signsAndVerifiesTheExactBytes()
    {
        const TestKeyPair root = TestKeyPair::sign();
        const auto made = SignedDefinition::sign(definition, root.secretKey);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(made->surveyId(), u"children-8-11"_s);
        QCOMPARE(made->version(), 3);
        const auto checked = SignedDefinition::verify(made->toBytes(), root.publicKey);
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
        QCOMPARE(checked->definition(), definition);
        QCOMPARE(checked->surveyId(), u"children-8-11"_s);
        QCOMPARE(checked->version(), 3);
        // The JSON object form (as the inbox sends it) verifies the same.
        QVERIFY(SignedDefinition::verify(made->toJsonObject(), root.publicKey));
    }

    void theSignatureIsEd25519OverTheContextAndTheBytes()
    {
        const TestKeyPair root = TestKeyPair::sign();
        const auto made = SignedDefinition::sign(definition, root.secretKey);
        QVERIFY(made);
        const QByteArray input = QByteArray("heard-survey-definition-v1", 26) + '\0' + definition;
        QCOMPARE(crypto_sign_verify_detached(
                     reinterpret_cast<const uchar *>(made->signature().constData()),
                     reinterpret_cast<const uchar *>(input.constData()), quint64(input.size()),
                     reinterpret_cast<const uchar *>(root.publicKey.constData())),
                 0);
    }

    void everyBitFlipOfTheSignatureIsRejected()
    {
        const TestKeyPair root = TestKeyPair::sign();
        const auto made = SignedDefinition::sign(definition, root.secretKey);
        QVERIFY(made);
        int rejected = 0;
        for (int bit = 0; bit < made->signature().size() * 8; ++bit) {
            QByteArray signature = made->signature();
            signature[bit / 8] = char(signature.at(bit / 8) ^ (1 << (bit % 8)));
            const auto checked
                = SignedDefinition::verify(signedFile(definition, signature), root.publicKey);
            QVERIFY2(!checked, qPrintable(u"signature bit %1"_s.arg(bit)));
            QCOMPARE(checked.error().code, ErrorCode::BadSignature);
            ++rejected;
        }
        QCOMPARE(rejected, 512);
    }

    void everyBitFlipOfTheDefinitionIsRejected()
    {
        const TestKeyPair root = TestKeyPair::sign();
        const auto made = SignedDefinition::sign(definition, root.secretKey);
        QVERIFY(made);
        for (int bit = 0; bit < definition.size() * 8; ++bit) {
            QByteArray bytes = definition;
            bytes[bit / 8] = char(bytes.at(bit / 8) ^ (1 << (bit % 8)));
            const auto checked
                = SignedDefinition::verify(signedFile(bytes, made->signature()), root.publicKey);
            QVERIFY2(!checked, qPrintable(u"definition bit %1"_s.arg(bit)));
            QCOMPARE(checked.error().code, ErrorCode::BadSignature);
        }
    }

    void aWrongRootKeyIsRejected()
    {
        const TestKeyPair root = TestKeyPair::sign();
        const TestKeyPair other = TestKeyPair::sign();
        const auto made = SignedDefinition::sign(definition, root.secretKey);
        QVERIFY(made);
        const auto checked = SignedDefinition::verify(made->toBytes(), other.publicKey);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::BadSignature);
        // Nor does a key bundle signature (another context) pass as a definition's.
        const QByteArray bundleInput = QByteArray("heard-key-bundle-v1", 19) + '\0' + definition;
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<uchar *>(signature.data()), nullptr,
                             reinterpret_cast<const uchar *>(bundleInput.constData()),
                             quint64(bundleInput.size()), root.secretKey.data());
        QCOMPARE(SignedDefinition::verify(signedFile(definition, signature), root.publicKey)
                     .error()
                     .code,
                 ErrorCode::BadSignature);
    }

    void malformedInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("code");
        const QByteArray sig64 = QByteArray(64, 'x').toBase64();
        QTest::newRow("not json") << QByteArray("nope") << ErrorCode::MalformedDefinition;
        QTest::newRow("array") << QByteArray("[]") << ErrorCode::MalformedDefinition;
        QTest::newRow("no signature")
            << QByteArray("{\"definition\":\"" + definition.toBase64() + "\"}")
            << ErrorCode::MalformedDefinition;
        QTest::newRow("short signature")
            << QByteArray("{\"definition\":\"" + definition.toBase64() + "\",\"signature\":\""
                          + QByteArray(63, 'x').toBase64() + "\"}")
            << ErrorCode::MalformedDefinition;
        QTest::newRow("bad base64")
            << QByteArray("{\"definition\":\"!!!\",\"signature\":\"" + sig64 + "\"}")
            << ErrorCode::MalformedDefinition;
    }

    void malformedInputIsRefused()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, code);
        const TestKeyPair root = TestKeyPair::sign();
        const auto checked = SignedDefinition::verify(file, root.publicKey);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, code);
    }

    void theSignerNeedsAnIdAndAnIntegerVersion_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("good") << QByteArray(R"({"id":"a-1","version":1})") << true;
        QTest::newRow("no id") << QByteArray(R"({"version":1})") << false;
        QTest::newRow("id with a slash") << QByteArray(R"({"id":"../x","version":1})") << false;
        QTest::newRow("upper-case id") << QByteArray(R"({"id":"A","version":1})") << false;
        QTest::newRow("id too long")
            << QByteArray(R"({"id":")" + QByteArray(65, 'a') + R"(","version":1})") << false;
        QTest::newRow("no version") << QByteArray(R"({"id":"a"})") << false;
        QTest::newRow("version 0") << QByteArray(R"({"id":"a","version":0})") << false;
        QTest::newRow("fractional version") << QByteArray(R"({"id":"a","version":2.5})") << false;
        QTest::newRow("string version") << QByteArray(R"({"id":"a","version":"2"})") << false;
        QTest::newRow("not an object") << QByteArray("[1]") << false;
    }

    void theSignerNeedsAnIdAndAnIntegerVersion()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        const TestKeyPair root = TestKeyPair::sign();
        const auto made = SignedDefinition::sign(bytes, root.secretKey);
        QCOMPARE(made.ok(), accepted);
        if (!accepted)
            QCOMPARE(made.error().code, ErrorCode::MalformedDefinition);
    }

    // The LA side signs in core and checks its own signature with the key kiosks pin, so a
    // mismatched key pair is caught before anything is published.
    void signingChecksTheResultWithThePinnedKey_data()
    {
        QTest::addColumn<int>("publicKey"); // 0: the pair's own, 1: another root's, 2: truncated
        QTest::addColumn<QString>("code"); // empty: signed
        QTest::newRow("the pair's own key") << 0 << QString();
        QTest::newRow("another root's key") << 1 << ErrorCode::KeyMismatch;
        QTest::newRow("a truncated key") << 2 << ErrorCode::BadKey;
    }

    void signingChecksTheResultWithThePinnedKey()
    {
        QFETCH(int, publicKey);
        QFETCH(QString, code);
        const TestKeyPair root = TestKeyPair::sign();
        const QByteArray pinned = publicKey == 0 ? root.publicKey
            : publicKey == 1                     ? TestKeyPair::sign().publicKey
                                                 : root.publicKey.left(31);
        const auto made = SignedDefinition::sign(definition, root.secretKey, pinned);
        if (!code.isEmpty()) {
            QVERIFY(!made);
            QCOMPARE(made.error().code, code);
            return;
        }
        QVERIFY(made);
        QCOMPARE(made->definition(), definition);
        QVERIFY(SignedDefinition::verify(made->toBytes(), root.publicKey));
        QByteArray flipped = made->definition();
        flipped[10] = char(flipped.at(10) ^ 0x01);
        QCOMPARE(SignedDefinition::verify(signedFile(flipped, made->signature()), root.publicKey)
                     .error()
                     .code,
                 ErrorCode::BadSignature);
    }

    void keysOfTheWrongSizeAreRefused()
    {
        QCOMPARE(SignedDefinition::sign(definition, SecureBytes(32)).error().code,
                 ErrorCode::BadKey);
        const TestKeyPair root = TestKeyPair::sign();
        const auto made = SignedDefinition::sign(definition, root.secretKey);
        QVERIFY(made);
        QCOMPARE(SignedDefinition::verify(made->toBytes(), root.publicKey.left(31)).error().code,
                 ErrorCode::BadKey);
    }
};

QTEST_GUILESS_MAIN(TestSignedDefinition)
#include "tst_signeddefinition.moc"
