// libFuzzer target: everything that parses bytes from outside the LA's control before or after the
// signature check — envelope headers and whole envelopes (what the inbox receives), opened
// payloads, signed key bundles (what a device receives) — must never crash or read out of bounds.
// The first byte picks the parser so one corpus covers all of them.
#include "crypto/envelope.h"
#include "crypto/keybundle.h"
#include "crypto/responsepayload.h"

#include <QByteArray>

#include <sodium.h>

#include <cstddef>
#include <cstdint>

namespace {

struct Keys
{
    heard::EnvelopeOpener opener;
    QByteArray rootPublicKey;
};

const Keys &keys()
{
    static const Keys loaded = [] {
        Keys k;
        // The test-vector LA key (seed 20..3f), so envelopes from the vectors open.
        unsigned char seed[32];
        for (int i = 0; i < 32; ++i)
            seed[i] = static_cast<unsigned char>(0x20 + i);
        QByteArray publicKey(32, Qt::Uninitialized);
        heard::SecureBytes secret(32);
        crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret.data(),
                                seed);
        (void)k.opener.addKeyPair(publicKey, secret);
        k.rootPublicKey = QByteArray(32, '\x01');
        return k;
    }();
    return loaded;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1),
                                                     static_cast<qsizetype>(size - 1));
    switch (data[0] % 4) {
    case 0: {
        int consumed = 0;
        auto header = heard::EnvelopeHeader::decode(bytes, &consumed);
        // Whatever decodes must encode back to the same bytes.
        if (header && header->encode().value() != bytes.left(consumed))
            __builtin_trap();
        break;
    }
    case 1:
        (void)keys().opener.open(bytes);
        (void)heard::EnvelopeOpener::verifySignature(bytes);
        break;
    case 2:
        (void)heard::decodeResponsePayload(heard::EnvelopeKind::Answer, bytes);
        (void)heard::decodeResponsePayload(heard::EnvelopeKind::SessionEnd, bytes);
        break;
    default:
        (void)heard::KeyBundle::verify(bytes, keys().rootPublicKey);
        break;
    }
    return 0;
}
