// How fast a device seals and signs, and the LA verifies and opens, a typical 300-byte answer, and
// how close that is to the floor of the raw libsodium calls alone (crypto_box_seal +
// crypto_sign_detached, and their inverses). Prints figures; fails only if something breaks.
#include "crypto/envelope.h"
#include "crypto/sodium.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <sodium.h>

#include <functional>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Payload = QByteArray(
    R"({"ageBand":"8-11","codes":["4"],"completionMode":"child_alone","indicators":["feel-safe","home-settled"],)"
    R"("language":"en","positive":["feel-safe"],"question":"feel-safe-at-home","sequence":12,)"
    R"("session":"3f2c6a1e-5b7d-4c8e-9a0f-1d2e3f405162","special":null,"v":1,"padding":"xxxxxxxxxxxxxxxxxxxxxxxxxxx"})");

/// Operations per second of @p op, run for about @p seconds.
double perSecond(const std::function<bool()> &op, double seconds = 0.4)
{
    for (int i = 0; i < 20; ++i) // warm up
        if (!op())
            return -1;
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (int i = 0; i < 50; ++i)
            if (!op())
                return -1;
        count += 50;
    }
    return double(count) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main()
{
    QTextStream out(stdout);
    if (!ensureSodium())
        return 1;
    QByteArray seed(32, Qt::Uninitialized);
    randombytes_buf(seed.data(), 32);
    const DeviceIdentity device = DeviceIdentity::fromSeed(seed).value();
    QByteArray laPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    SecureBytes laSecret(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<uchar *>(laPublic.data()), laSecret.data());
    const EnvelopeSealer sealer(device, laPublic);
    EnvelopeOpener opener;
    if (!opener.addKeyPair(laPublic, laSecret).ok())
        return 1;
    EnvelopeHeader header;
    header.recordId = QUuid::createUuid();
    header.surveyId = u"children-8-11"_s;
    header.surveyVersion = 2;
    header.day = QDate(2026, 11, 27);

    const auto sealedOnce = sealer.seal(header, Payload);
    if (!sealedOnce) {
        out << "bench_envelope: " << sealedOnce.error().message << "\n";
        return 1;
    }
    const QByteArray envelope = sealedOnce.value();
    const double seal = perSecond([&] { return sealer.seal(header, Payload).ok(); });
    const double open = perSecond([&] { return opener.open(envelope).ok(); });
    const double verify = perSecond([&] { return EnvelopeOpener::verifySignature(envelope).ok(); });

    // The floor: the same primitives on the same sizes, with nothing around them.
    int headerSize = 0;
    if (!EnvelopeHeader::decode(envelope, &headerSize).ok())
        return 1;
    const QByteArray plain = envelope.left(headerSize) + Payload;
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    QByteArray opened(plain.size(), Qt::Uninitialized);
    unsigned char signature[crypto_sign_BYTES];
    unsigned char signKeyPublic[crypto_sign_PUBLICKEYBYTES],
        signKeySecret[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(signKeyPublic, signKeySecret);
    const double rawSeal = perSecond([&] {
        crypto_box_seal(reinterpret_cast<uchar *>(sealed.data()),
                        reinterpret_cast<const uchar *>(plain.constData()), plain.size(),
                        reinterpret_cast<const uchar *>(laPublic.constData()));
        return crypto_sign_detached(signature, nullptr,
                                    reinterpret_cast<const uchar *>(sealed.constData()),
                                    sealed.size(), signKeySecret)
            == 0;
    });
    const double rawOpen = perSecond([&] {
        return crypto_sign_verify_detached(signature,
                                           reinterpret_cast<const uchar *>(sealed.constData()),
                                           sealed.size(), signKeyPublic)
            == 0
            && crypto_box_seal_open(
                   reinterpret_cast<uchar *>(opened.data()),
                   reinterpret_cast<const uchar *>(sealed.constData()), sealed.size(),
                   reinterpret_cast<const uchar *>(laPublic.constData()), laSecret.data())
            == 0;
    });
    if (seal < 0 || open < 0 || verify < 0 || rawSeal < 0 || rawOpen < 0) {
        out << "bench_envelope: an operation failed\n";
        return 1;
    }
    out << "envelope v1, " << Payload.size() << "-byte payload, " << envelope.size()
        << "-byte envelope\n";
    out << QString::asprintf("  seal+sign (EnvelopeSealer::seal):       %8.0f /s  (%.1f us each)\n",
                             seal, 1e6 / seal);
    out << QString::asprintf(
        "  floor: crypto_box_seal+sign_detached:   %8.0f /s  -> our overhead x%.2f\n", rawSeal,
        rawSeal / seal);
    out << QString::asprintf("  verify+open (EnvelopeOpener::open):     %8.0f /s  (%.1f us each)\n",
                             open, 1e6 / open);
    out << QString::asprintf(
        "  floor: verify_detached+box_seal_open:   %8.0f /s  -> our overhead x%.2f\n", rawOpen,
        rawOpen / open);
    out << QString::asprintf("  verify only (inbox, no secret key):     %8.0f /s  (%.1f us each)\n",
                             verify, 1e6 / verify);
    return 0;
}
