#include "core/store/KeyStore.h"

#include "core/common/Clock.h"

#include "core/crypto/Jwk.h"
#include "core/crypto/SecretKey.h"
#include "core/did/JwkDidResolver.h"
#include "core/did/KeyDidResolver.h"
#include "core/store/RecordSealer.h"
#include "core/store/Sql.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletTransaction.h"

#include <QJsonDocument>

namespace vcdesk {

namespace {

constexpr QLatin1StringView kTable("keys");
const QString kColumns = QStringLiteral(
    "id, uid, profile_id, algorithm, public_jwk, did, kid, is_default, created_at FROM keys");

Result<HolderKey> fromRow(const QSqlQuery &row)
{
    HolderKey key;
    key.id = row.value(0).toLongLong();
    key.uid = row.value(1).toString();
    key.profileId = row.value(2).toLongLong();
    key.publicJwk = QJsonDocument::fromJson(row.value(4).toByteArray()).object();
    auto type = keytype::fromJwkCurve(key.publicJwk.value(QStringLiteral("crv")).toString());
    if (!type || !keytype::isHolderKeyType(*type))
        return Error{QStringLiteral("wallet.corrupt"),
                     KeyStore::tr("key %1 has an unknown curve").arg(key.id)};
    key.type = *type;
    key.did = row.value(5).toString();
    key.kid = row.value(6).toString();
    key.isDefault = row.value(7).toInt() == 1;
    key.createdAt = row.value(8).toLongLong();
    return key;
}

} // namespace

QString KeyStore::didFor(const PublicKey &key, DidMethod method)
{
    return method == DidMethod::Key ? KeyDidResolver::didForKey(key)
                                    : JwkDidResolver::didForKey(key);
}

QString KeyStore::kidFor(const PublicKey &key, DidMethod method)
{
    const QString did = didFor(key, method);
    // did:key names its one key by the multibase value; did:jwk calls it "#0".
    return method == DidMethod::Key
               ? did + QLatin1Char('#') + did.mid(QStringLiteral("did:key:").size())
               : did + QStringLiteral("#0");
}

Result<HolderKey> KeyStore::generate(qint64 profileId, KeyType type, DidMethod method)
{
    return add(profileId, PrivateKey::generate(type), method);
}

Result<HolderKey> KeyStore::add(qint64 profileId, const PrivateKey &privateKey, DidMethod method)
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    if (!keytype::isHolderKeyType(privateKey.type()))
        return Error{QStringLiteral("wallet.key_type"),
                     tr("a %1 key cannot be a holder key: vcdesk only verifies with it")
                         .arg(keytype::jwkCurve(privateKey.type()))};
    HolderKey key;
    key.uid = WalletErrors::newUid();
    key.profileId = profileId;
    key.type = privateKey.type();
    key.publicJwk = Jwk::fromPublicKey(privateKey.publicKey());
    key.did = didFor(privateKey.publicKey(), method);
    key.kid = kidFor(privateKey.publicKey(), method);
    key.createdAt = Clock::nowSeconds();
    QByteArray secret = privateKey.secret();
    auto sealed = m_access.sealer->seal(kTable, key.uid, secret);
    wipe(secret);
    if (!sealed)
        return sealed.error();

    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto existing = Sql::scalar(
        m_access.index,
        QStringLiteral("SELECT count(*) FROM keys WHERE profile_id = ? AND is_default = 1"),
        {profileId});
    if (!existing)
        return existing.error();
    key.isDefault = existing->toLongLong() == 0;
    auto query =
        Sql::run(m_access.index,
                 QStringLiteral("INSERT INTO keys(uid, profile_id, algorithm, public_jwk, did, kid,"
                                " is_default, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {key.uid, profileId, keytype::jwsAlgorithm(key.type),
                  QJsonDocument(key.publicJwk).toJson(QJsonDocument::Compact), key.did, key.kid,
                  key.isDefault ? 1 : 0, key.createdAt});
    if (!query)
        return query.error();
    key.id = query->lastInsertId().toLongLong();
    transaction.value().putSecret(kTable, key.id, sealed.value());
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return key;
}

Result<QList<HolderKey>> KeyStore::list(qint64 profileId) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("SELECT ") + kColumns +
                              QStringLiteral(" WHERE profile_id = ? ORDER BY id"),
                          {profileId});
    if (!query)
        return query.error();
    QList<HolderKey> keys;
    while (query.value().next()) {
        auto key = fromRow(query.value());
        if (!key)
            return key.error();
        keys << key.value();
    }
    return keys;
}

Result<HolderKey> KeyStore::get(qint64 keyId) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query =
        Sql::run(m_access.index,
                 QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE id = ?"), {keyId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return WalletErrors::notFound(tr("key"), keyId);
    return fromRow(query.value());
}

Result<HolderKey> KeyStore::defaultKey(qint64 profileId) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("SELECT ") + kColumns +
                              QStringLiteral(" WHERE profile_id = ? AND is_default = 1"),
                          {profileId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{QStringLiteral("wallet.no_key"), tr("the profile has no key yet")};
    return fromRow(query.value());
}

Status KeyStore::setDefault(qint64 keyId)
{
    auto key = get(keyId);
    if (!key)
        return key.error();
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    if (auto done = Sql::exec(m_access.index,
                              QStringLiteral("UPDATE keys SET is_default = 0 WHERE profile_id = ?"),
                              {key->profileId});
        !done)
        return done;
    if (auto done = Sql::exec(
            m_access.index, QStringLiteral("UPDATE keys SET is_default = 1 WHERE id = ?"), {keyId});
        !done)
        return done;
    return transaction.value().commit();
}

Result<PrivateKey> KeyStore::privateKey(qint64 keyId) const
{
    auto key = get(keyId);
    if (!key)
        return key.error();
    auto sealed =
        Sql::scalar(m_access.file, QStringLiteral("SELECT secret FROM keys WHERE id = ?"), {keyId});
    if (!sealed)
        return sealed.error();
    auto secret = m_access.sealer->open(kTable, key->uid, sealed->toByteArray());
    if (!secret)
        return secret.error();
    auto privateKey = PrivateKey::fromSecret(key->type, secret.value());
    wipe(secret.value());
    if (!privateKey)
        return privateKey.error();
    if (Jwk::fromPublicKey(privateKey->publicKey()) != key->publicJwk)
        return Error{QStringLiteral("wallet.corrupt"),
                     tr("key %1 does not match its public key").arg(keyId)};
    return privateKey;
}

Status KeyStore::remove(qint64 keyId)
{
    auto key = get(keyId);
    if (!key)
        return key.error();
    if (key->isDefault)
        return Error{
            QStringLiteral("wallet.default_key"),
            tr("key %1 is the profile's default; make another key the default first").arg(keyId)};
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    if (auto done =
            Sql::exec(m_access.index, QStringLiteral("DELETE FROM keys WHERE id = ?"), {keyId});
        !done)
        return done;
    return transaction.value().commit();
}

} // namespace vcdesk
