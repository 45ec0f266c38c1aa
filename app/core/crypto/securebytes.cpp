#include "crypto/securebytes.h"

#include "crypto/sodium.h"

#include <sodium.h>

namespace heard {

SecureBytes::SecureBytes(int size)
{
    if (size <= 0 || !ensureSodium())
        return;
    auto *raw = static_cast<unsigned char *>(sodium_malloc(static_cast<size_t>(size)));
    if (!raw)
        return;
    sodium_memzero(raw, static_cast<size_t>(size));
    m_buffer = std::shared_ptr<unsigned char>(raw, [](unsigned char *p) { sodium_free(p); });
    m_size = size;
}

SecureBytes SecureBytes::takeFrom(QByteArray &bytes)
{
    SecureBytes result(static_cast<int>(bytes.size()));
    if (!result.isNull())
        memcpy(result.data(), bytes.constData(), static_cast<size_t>(bytes.size()));
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
    return result;
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(data(), other.data(), static_cast<size_t>(m_size)) == 0;
}

} // namespace heard
