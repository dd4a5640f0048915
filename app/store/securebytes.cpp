// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/securebytes.h"

#include <new>
#include <sodium.h>
#include <utility>

namespace barntid {

SecureBytes::SecureBytes(std::size_t size)
{
    if (sodium_init() < 0)
        throw std::bad_alloc();
    if (size == 0)
        return;
    // sodium_malloc places guard pages around the buffer and mlocks it, so the key never swaps.
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes copy(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::copy(bytes.begin(), bytes.end(), copy.data());
    return copy;
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_memzero(m_data, m_size); // sodium_free zeroes too; explicit for readers
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace barntid
