#pragma once

#include <QByteArray>

#include <memory>

namespace heard {

/// Secret key material in sodium_malloc'd memory (guard pages, mlock where the OS allows, wiped on
/// free). Immutable once filled; copies share the same buffer.
class SecureBytes
{
public:
    SecureBytes() = default;
    /// A zeroed buffer of @p size bytes; fill it through data() before sharing it.
    explicit SecureBytes(int size);
    /// Copies @p bytes in and wipes the source, which should be the only copy.
    static SecureBytes takeFrom(QByteArray &bytes);

    bool isNull() const { return !m_buffer; }
    int size() const { return m_size; }
    unsigned char *data() { return m_buffer.get(); }
    const unsigned char *data() const { return m_buffer.get(); }
    bool operator==(const SecureBytes &other) const;

private:
    std::shared_ptr<unsigned char> m_buffer;
    int m_size = 0;
};

} // namespace heard
