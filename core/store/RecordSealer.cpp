#include "core/store/RecordSealer.h"

#include "core/crypto/Aead.h"

#include <sodium.h>

namespace vcdesk {

namespace {

SecretKey subkey(const SecretKey &master, quint64 id)
{
    QByteArray bytes(SecretKey::kBytes, Qt::Uninitialized);
    static_assert(crypto_kdf_KEYBYTES == SecretKey::kBytes);
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(bytes.data()),
                               size_t(bytes.size()), id, "vcdeskwl",
                               reinterpret_cast<const unsigned char *>(master.view().data()));
    return SecretKey::takeFrom(bytes);
}

QByteArray associatedData(QLatin1StringView table, const QString &uid)
{
    QByteArray ad = QByteArrayLiteral("vcdesk-wallet/v1|");
    ad.append(table.data(), table.size()).append('|').append(uid.toUtf8());
    return ad;
}

} // namespace

RecordSealer::RecordSealer(const SecretKey &walletKey)
    : m_walletKey(walletKey)
    , m_encryptionKey(subkey(walletKey, 1))
    , m_fingerprintKey(subkey(walletKey, 2))
    , m_integrityKey(subkey(walletKey, 3))
{
}

Result<QByteArray> RecordSealer::seal(QLatin1StringView table, const QString &uid,
                                      QByteArrayView plaintext) const
{
    return Aead::seal(m_encryptionKey.view(), plaintext, associatedData(table, uid));
}

Result<QByteArray> RecordSealer::open(QLatin1StringView table, const QString &uid,
                                      QByteArrayView sealed) const
{
    auto opened = Aead::open(m_encryptionKey.view(), sealed, associatedData(table, uid));
    if (!opened)
        return Error{QStringLiteral("wallet.corrupt"),
                     tr("a sealed %1 record (%2) does not open: the wallet file was changed "
                        "outside vcdesk or is damaged")
                         .arg(QString(table), uid.left(40))};
    return opened;
}

QByteArray RecordSealer::keyedHash(const SecretKey &key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()),
                       reinterpret_cast<const unsigned char *>(key.view().data()),
                       size_t(key.view().size()));
    return out;
}

QByteArray RecordSealer::integrityHash(QByteArrayView data) const
{
    return keyedHash(m_integrityKey, data);
}

QByteArray RecordSealer::fingerprint(QByteArrayView data) const
{
    return keyedHash(m_fingerprintKey, data);
}

} // namespace vcdesk
