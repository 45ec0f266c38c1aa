// Envelope v1: round trip, and every way a changed envelope must be refused.
#include "crypto/envelope.h"
#include "crypto/sodium.h"
#include "support/envelopeheaders.h"
#include "support/testidentities.h"
#include "support/testkeypair.h"
#include "util/errorcode.h"

#include <QTest>
#include <QtEndian>

#include <sodium.h>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

EnvelopeHeader header(const QString &surveyId = u"children-8-11"_s)
{
    return envelopeHeader(EnvelopeKind::Answer, surveyId, 3, QDate(2026, 11, 27));
}

QByteArray payload300()
{
    // A typical answer payload is about 300 bytes.
    return QByteArray(
        R"({"v":1,"session":"0b7c2f1e-8d43-4a59-9b1e-3f7a2c9d5e10","language":"en","ageBand":"8-11",)"
        R"("completionMode":"child_alone","question":"q-feel-safe","codes":["yes"],"special":null,)"
        R"("sequence":4,"indicators":["feel-safe","trust-carers"],"positive":["feel-safe"]})");
}

QByteArray u8sig(const DeviceIdentity &device, const QByteArray &signedPart)
{
    QByteArray input(Envelope::SignatureContext, Envelope::SignatureContextSize);
    input += signedPart;
    return device.sign(input);
}

/// Builds an envelope by hand (as a compromised or buggy device could) from its parts.
QByteArray handBuilt(const DeviceIdentity &device, const QByteArray &outerHeader,
                     const QByteArray &boxPlain, const QByteArray &sealTo)
{
    QByteArray sealed(boxPlain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<uchar *>(sealed.data()),
                    reinterpret_cast<const uchar *>(boxPlain.constData()), boxPlain.size(),
                    reinterpret_cast<const uchar *>(sealTo.constData()));
    QByteArray out = outerHeader;
    char be[4];
    qToBigEndian<quint32>(quint32(sealed.size()), be);
    out.append(be, 4);
    out += sealed;
    out += u8sig(device, out);
    return out;
}

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(ensureSodium());
        m_la = TestKeyPair::box();
        m_device = randomDevice();
        QVERIFY(m_opener.addKeyPair(m_la.publicKey, m_la.secretKey).ok());
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("answer") << int(EnvelopeKind::Answer) << payload300();
        QTest::newRow("session end") << int(EnvelopeKind::SessionEnd) << QByteArray(R"({"v":1})");
        QTest::newRow("empty payload") << int(EnvelopeKind::Answer) << QByteArray();
        QTest::newRow("binary payload") << int(EnvelopeKind::Answer) << QByteArray("\0\1\2\xff", 4);
    }

    void roundTrip()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, payload);
        EnvelopeSealer sealer(m_device, m_la.publicKey);
        EnvelopeHeader h = header();
        h.kind = EnvelopeKind(kind);
        auto sealed = sealer.seal(h, payload);
        QVERIFY2(sealed.ok(), qPrintable(sealed.ok() ? QString() : sealed.error().message));

        auto opened = m_opener.open(sealed.value());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened->payload, payload);
        EnvelopeHeader expected = h;
        expected.keyId = EnvelopeHeader::keyIdFor(m_la.publicKey);
        expected.devicePublicKey = m_device.publicKey();
        QCOMPARE(opened->header, expected);

        auto verified = EnvelopeOpener::verifySignature(sealed.value());
        QVERIFY(verified.ok());
        QCOMPARE(verified.value(), expected);
    }

    void headerDecodeRejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        EnvelopeHeader h = header(u"abc"_s);
        h.keyId = QByteArray(8, '\x11');
        h.devicePublicKey = QByteArray(32, '\x22');
        const QByteArray good = h.encode().value();
        QCOMPARE(good.size(), EnvelopeHeader::FixedSize + 3);
        auto with = [&](int offset, char value) {
            QByteArray b = good;
            b[offset] = value;
            return b;
        };
        QTest::newRow("empty") << QByteArray() << u"too short"_s;
        QTest::newRow("one short") << good.left(good.size() - 1) << u"truncated"_s;
        QTest::newRow("bad magic") << with(0, 'h') << u"bad magic"_s;
        QTest::newRow("version 0") << with(8, 0) << u"version"_s;
        QTest::newRow("version 2") << with(8, 2) << u"version"_s;
        QTest::newRow("kind 0") << with(9, 0) << u"kind"_s;
        QTest::newRow("kind 3") << with(9, 3) << u"kind"_s;
        QTest::newRow("id length 0") << with(66, 0) << u"survey id length"_s;
        QTest::newRow("id length 65") << with(66, 65) << u"survey id length"_s;
        QTest::newRow("id upper case") << with(67, 'A') << u"survey id"_s;
        QTest::newRow("id underscore") << with(67, '_') << u"survey id"_s;
        QTest::newRow("id high byte") << with(67, char(0xe9)) << u"survey id"_s;
        // The date is the last four bytes: u16 year, u8 month, u8 day.
        auto dated = [&](int year, int month, int day) {
            QByteArray b = good;
            b[b.size() - 4] = char(year >> 8);
            b[b.size() - 3] = char(year & 0xff);
            b[b.size() - 2] = char(month);
            b[b.size() - 1] = char(day);
            return b;
        };
        QTest::newRow("month 13") << dated(2026, 13, 1) << u"not a valid date"_s;
        QTest::newRow("month 0") << dated(2026, 0, 1) << u"not a valid date"_s;
        QTest::newRow("day 0") << dated(2026, 1, 0) << u"not a valid date"_s;
        QTest::newRow("day 32") << dated(2026, 1, 32) << u"not a valid date"_s;
        QTest::newRow("30 February") << dated(2026, 2, 30) << u"not a valid date"_s;
        QTest::newRow("29 February, not leap") << dated(2027, 2, 29) << u"not a valid date"_s;
        QTest::newRow("year 0") << dated(0, 1, 1) << u"not a valid date"_s;
    }

    void headerDecodeRejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto decoded = EnvelopeHeader::decode(bytes);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::Malformed);
        QVERIFY2(decoded.error().message.contains(message), qPrintable(decoded.error().message));
    }

    void headerRoundTripKeepsTrailingBytes()
    {
        EnvelopeHeader h = header(QString(64, u'z'));
        h.keyId = QByteArray(8, '\x11');
        h.devicePublicKey = QByteArray(32, '\x22');
        h.surveyVersion = 65535;
        h.day = QDate(9999, 12, 31);
        const QByteArray bytes = h.encode().value() + "trailing";
        int consumed = 0;
        const auto decoded = EnvelopeHeader::decode(bytes, &consumed);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), h);
        QCOMPARE(consumed, int(bytes.size()) - 8);
    }

    void sealingTwiceDiffers()
    {
        // Sealed boxes use an ephemeral key: identical input never gives identical bytes.
        EnvelopeSealer sealer(m_device, m_la.publicKey);
        const EnvelopeHeader h = header();
        QVERIFY(sealer.seal(h, payload300()).value() != sealer.seal(h, payload300()).value());
    }

    void sealRefusesBadHeader_data()
    {
        QTest::addColumn<QString>("surveyId");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("nullRecord");
        QTest::newRow("upper case id") << u"Children"_s << QDate(2026, 1, 1) << false;
        QTest::newRow("empty id") << QString() << QDate(2026, 1, 1) << false;
        QTest::newRow("long id") << QString(65, u'a') << QDate(2026, 1, 1) << false;
        QTest::newRow("non-ascii id") << u"caf\u00e9"_s << QDate(2026, 1, 1) << false;
        QTest::newRow("no day") << u"ok"_s << QDate() << false;
        QTest::newRow("null record") << u"ok"_s << QDate(2026, 1, 1) << true;
    }

    void sealRefusesBadHeader()
    {
        QFETCH(QString, surveyId);
        QFETCH(QDate, day);
        QFETCH(bool, nullRecord);
        EnvelopeHeader h = header();
        h.surveyId = surveyId;
        h.day = day;
        if (nullRecord)
            h.recordId = QUuid();
        auto sealed = EnvelopeSealer(m_device, m_la.publicKey).seal(h, payload300());
        QVERIFY(!sealed.ok());
        QCOMPARE(sealed.error().code, ErrorCode::Malformed);
    }

    void everyBitFlipIsRejected()
    {
        const QByteArray good
            = EnvelopeSealer(m_device, m_la.publicKey).seal(header(), payload300()).value();
        int rejected = 0;
        const int bits = int(good.size()) * 8;
        for (int bit = 0; bit < bits; ++bit) {
            QByteArray bad = good;
            bad[bit / 8] = char(bad[bit / 8] ^ (1 << (bit % 8)));
            auto opened = m_opener.open(bad);
            if (opened.ok())
                QFAIL(qPrintable(u"flipping bit %1 was not noticed"_s.arg(bit)));
            const QString code = opened.error().code;
            if (code != ErrorCode::Malformed && code != ErrorCode::BadSignature)
                QFAIL(qPrintable(u"bit %1: unexpected code %2"_s.arg(bit).arg(code)));
            QVERIFY(!EnvelopeOpener::verifySignature(bad).ok());
            ++rejected;
        }
        QCOMPARE(rejected, bits);
    }

    void everyTruncationIsRejected()
    {
        const QByteArray good
            = EnvelopeSealer(m_device, m_la.publicKey).seal(header(), payload300()).value();
        for (qsizetype length = 0; length < good.size(); ++length) {
            auto opened = m_opener.open(good.left(length));
            if (opened.ok())
                QFAIL(qPrintable(u"truncation to %1 bytes was not noticed"_s.arg(length)));
        }
        // And from the front, and extended.
        for (qsizetype cut = 1; cut < good.size(); ++cut)
            QVERIFY(!m_opener.open(good.mid(cut)).ok());
        QCOMPARE(m_opener.open(good + '\0').error().code, ErrorCode::Malformed);
    }

    void headerSwapIsRejected()
    {
        EnvelopeSealer sealer(m_device, m_la.publicKey);
        const EnvelopeHeader ha = header(u"survey-a"_s);
        const EnvelopeHeader hb = header(u"survey-b"_s); // same length: only the bytes differ
        const QByteArray a = sealer.seal(ha, "payload a").value();
        const QByteArray b = sealer.seal(hb, "payload b").value();
        int headerSize = 0;
        QVERIFY(EnvelopeHeader::decode(a, &headerSize).ok());

        // Header of a, body and signature of b: the signature no longer matches.
        const QByteArray swapped = a.left(headerSize) + b.mid(headerSize);
        QCOMPARE(m_opener.open(swapped).error().code, ErrorCode::BadSignature);

        // A device that re-signs the swapped envelope still cannot move the box under another
        // header.
        const QByteArray body = b.mid(headerSize, b.size() - headerSize - Envelope::SignatureSize);
        const QByteArray resigned
            = a.left(headerSize) + body + u8sig(m_device, a.left(headerSize) + body);
        QVERIFY(EnvelopeOpener::verifySignature(resigned).ok());
        QCOMPARE(m_opener.open(resigned).error().code, ErrorCode::HeaderMismatch);
    }

    void innerOuterMismatchIsRejected()
    {
        EnvelopeHeader outer = header();
        outer.keyId = EnvelopeHeader::keyIdFor(m_la.publicKey);
        outer.devicePublicKey = m_device.publicKey();
        EnvelopeHeader inner = outer;
        inner.surveyVersion = outer.surveyVersion + 1;
        const QByteArray outerBytes = outer.encode().value();

        const QByteArray mismatched
            = handBuilt(m_device, outerBytes, inner.encode().value() + "{}", m_la.publicKey);
        QCOMPARE(m_opener.open(mismatched).error().code, ErrorCode::HeaderMismatch);

        // The honest construction opens, so the test above fails for the right reason.
        const QByteArray honest
            = handBuilt(m_device, outerBytes, outerBytes + "{}", m_la.publicKey);
        auto opened = m_opener.open(honest);
        QVERIFY(opened.ok());
        QCOMPARE(opened->payload, QByteArray("{}"));

        // A box too short to hold the header copy is refused before opening.
        const QByteArray tooShort = handBuilt(m_device, outerBytes, "x", m_la.publicKey);
        QCOMPARE(m_opener.open(tooShort).error().code, ErrorCode::Malformed);
    }

    void wrongLaKey()
    {
        const TestKeyPair other = TestKeyPair::box();
        const QByteArray envelope
            = EnvelopeSealer(m_device, other.publicKey).seal(header(), payload300()).value();
        QCOMPARE(m_opener.open(envelope).error().code, ErrorCode::UnknownKey);

        // Right key id in the header, but the box was sealed to another key.
        EnvelopeHeader outer = header();
        outer.keyId = EnvelopeHeader::keyIdFor(m_la.publicKey);
        outer.devicePublicKey = m_device.publicKey();
        const QByteArray outerBytes = outer.encode().value();
        const QByteArray misSealed
            = handBuilt(m_device, outerBytes, outerBytes + "{}", other.publicKey);
        QCOMPARE(m_opener.open(misSealed).error().code, ErrorCode::CannotOpen);

        // An opener holding both keys opens both.
        EnvelopeOpener both;
        QVERIFY(both.addKeyPair(m_la.publicKey, m_la.secretKey).ok());
        QVERIFY(both.addKeyPair(other.publicKey, other.secretKey).ok());
        QVERIFY(both.open(envelope).ok());
    }

    void addKeyPairRefusesMismatchedPair()
    {
        const TestKeyPair other = TestKeyPair::box();
        EnvelopeOpener opener;
        QCOMPARE(opener.addKeyPair(m_la.publicKey, other.secretKey).error().code,
                 ErrorCode::BadKey);
    }

    void untrustedDevice()
    {
        const QByteArray envelope
            = EnvelopeSealer(m_device, m_la.publicKey).seal(header(), payload300()).value();
        EnvelopeOpener opener;
        QVERIFY(opener.addKeyPair(m_la.publicKey, m_la.secretKey).ok());
        opener.setTrustedDevices({ randomDevice().publicKey() });
        QCOMPARE(opener.open(envelope).error().code, ErrorCode::UntrustedDevice);
        opener.setTrustedDevices({ m_device.publicKey() });
        QVERIFY(opener.open(envelope).ok());
    }

    void forgedSignerIsRejected()
    {
        // Someone with the (public) LA key seals an envelope claiming another device's id.
        const DeviceIdentity forger = randomDevice();
        EnvelopeHeader outer = header();
        outer.keyId = EnvelopeHeader::keyIdFor(m_la.publicKey);
        outer.devicePublicKey = m_device.publicKey();
        const QByteArray outerBytes = outer.encode().value();
        const QByteArray forged = handBuilt(forger, outerBytes, outerBytes + "{}", m_la.publicKey);
        QCOMPARE(m_opener.open(forged).error().code, ErrorCode::BadSignature);
    }

private:
    TestKeyPair m_la;
    DeviceIdentity m_device;
    EnvelopeOpener m_opener;
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
