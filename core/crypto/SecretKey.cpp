#include "core/crypto/SecretKey.h"

#include "core/crypto/NativeBackends.h"
#include "core/crypto/SecureRandom.h"

#include <sodium.h>

#include <cstdlib>

namespace vcdesk {

struct SecretKey::Block
{
    unsigned char *bytes = nullptr;

    Block()
    {
        if (!native::sodiumReady())
            std::abort(); // no guarded memory: refusing beats holding keys in plain heap
        bytes = static_cast<unsigned char *>(sodium_malloc(kBytes));
        if (!bytes)
            std::abort();
    }
    ~Block() { sodium_free(bytes); } // sodium_free wipes before releasing
    Block(const Block &) = delete;
    Block &operator=(const Block &) = delete;
};

SecretKey SecretKey::random()
{
    QByteArray fresh = SecureRandom::bytes(kBytes);
    return takeFrom(fresh);
}

SecretKey SecretKey::takeFrom(QByteArray &bytes)
{
    SecretKey key;
    if (bytes.size() == kBytes) {
        key.m_block = std::make_shared<Block>();
        memcpy(key.m_block->bytes, bytes.constData(), kBytes);
    }
    wipe(bytes);
    return key;
}

QByteArrayView SecretKey::view() const
{
    if (!m_block)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(m_block->bytes), kBytes);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Shared with another QByteArray: wiping would change the other holder's data.
        bytes.clear();
        return;
    }
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

std::shared_ptr<QByteArray> sharedSecret(QByteArray &&bytes)
{
    return std::shared_ptr<QByteArray>(new QByteArray(std::move(bytes)), [](QByteArray *held) {
        wipe(*held);
        delete held;
    });
}

} // namespace vcdesk
