#include "crypto/rootsignature.h"

#include <sodium.h>

namespace heard {

namespace {

QByteArray signatureInput(QByteArrayView context, const QByteArray &bytes)
{
    return context.toByteArray() + bytes;
}

const uchar *u8(const QByteArray &bytes)
{
    return reinterpret_cast<const uchar *>(bytes.constData());
}

} // namespace

QByteArray RootSignature::signWith(QByteArrayView context, const QByteArray &bytes,
                                   const SecureBytes &rootSecretKey)
{
    const QByteArray input = signatureInput(context, bytes);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<uchar *>(signature.data()), nullptr, u8(input),
                         quint64(input.size()), rootSecretKey.data());
    return signature;
}

bool RootSignature::verifyWith(QByteArrayView context, const QByteArray &bytes,
                               const QByteArray &signature, const QByteArray &rootPublicKey)
{
    if (signature.size() != int(crypto_sign_BYTES)
        || rootPublicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return false;
    const QByteArray input = signatureInput(context, bytes);
    return crypto_sign_verify_detached(u8(signature), u8(input), quint64(input.size()),
                                       u8(rootPublicKey))
        == 0;
}

} // namespace heard
