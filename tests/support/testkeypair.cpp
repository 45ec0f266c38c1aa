#include "testkeypair.h"

#include <sodium.h>

namespace heard::testutil {

namespace {

/// A pair of the given sizes, filled by @p generate (a libsodium *_keypair function).
template<typename Generate>
TestKeyPair generated(size_t publicSize, size_t secretSize, Generate generate)
{
    TestKeyPair pair;
    pair.publicKey.resize(qsizetype(publicSize));
    pair.secretKey = SecureBytes(int(secretSize));
    generate(reinterpret_cast<uchar *>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

} // namespace

TestKeyPair TestKeyPair::box()
{
    return generated(crypto_box_PUBLICKEYBYTES, crypto_box_SECRETKEYBYTES, crypto_box_keypair);
}

TestKeyPair TestKeyPair::boxFromSeed(const QByteArray &seed)
{
    Q_ASSERT(seed.size() == qsizetype(crypto_box_SEEDBYTES));
    return generated(crypto_box_PUBLICKEYBYTES, crypto_box_SECRETKEYBYTES,
                     [&seed](uchar *publicKey, uchar *secretKey) {
                         return crypto_box_seed_keypair(
                             publicKey, secretKey,
                             reinterpret_cast<const uchar *>(seed.constData()));
                     });
}

QByteArray TestKeyPair::randomBoxPublicKey()
{
    // The secret half is wiped as the pair goes out of scope (SecureBytes).
    return box().publicKey;
}

TestKeyPair TestKeyPair::sign()
{
    return generated(crypto_sign_PUBLICKEYBYTES, crypto_sign_SECRETKEYBYTES, crypto_sign_keypair);
}

} // namespace heard::testutil
