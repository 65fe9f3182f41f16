#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace vcdesk {

/// A 32-byte symmetric key held in libsodium's guarded memory: locked against swapping,
/// surrounded by guard pages, and wiped when the last copy goes away. Copies share the block.
class SecretKey
{
public:
    static constexpr qsizetype kBytes = 32;

    SecretKey() = default;
    static SecretKey random();
    /// Takes the bytes and wipes the source, so the key exists only in the guarded block.
    /// Returns a null key unless `bytes` has kBytes bytes.
    static SecretKey takeFrom(QByteArray &bytes);

    bool isNull() const { return !m_block; }
    QByteArrayView view() const;

private:
    struct Block;
    std::shared_ptr<Block> m_block;
};

/// Overwrites a buffer that held a secret (passphrase, key) before it is released.
void wipe(QByteArray &bytes);

/// A secret handed to work on another thread: shared by the copies of the work, wiped when
/// the last copy goes, whether the work ran or not (cancelled before it started).
std::shared_ptr<QByteArray> sharedSecret(QByteArray &&bytes);

} // namespace vcdesk
