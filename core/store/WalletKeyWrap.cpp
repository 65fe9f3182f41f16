#include "core/store/WalletKeyWrap.h"

#include "core/codec/StrictJson.h"
#include "core/crypto/Aead.h"
#include "core/store/WalletMeta.h"

#include <QJsonDocument>

namespace vcdesk {

namespace {

const QString kKdf = QStringLiteral("kdf");
const QString kWrappedKey = QStringLiteral("wrapped_key");
const QString kUid = QStringLiteral("wallet_uid");

Result<QByteArray> walletAssociatedData(const QSqlDatabase &db)
{
    auto uid = WalletMeta::get(db, kUid);
    if (!uid)
        return uid.error();
    if (!uid->has_value())
        return Error{QStringLiteral("wallet.not_a_wallet"),
                     WalletKeyWrap::tr("the file has no wallet identity")};
    return QByteArrayLiteral("vcdesk-wallet-key/v1|") + **uid;
}

} // namespace

Result<SecretKey> WalletKeyWrap::keyFromPassphrase(QByteArray &passphrase,
                                                   const PassphraseKdf::Parameters &parameters)
{
    auto derived = PassphraseKdf::derive(passphrase, parameters);
    wipe(passphrase);
    if (!derived)
        return derived.error();
    return SecretKey::takeFrom(derived.value());
}

Result<QByteArray> WalletKeyWrap::wrap(const SecretKey &key, QByteArray &passphrase,
                                       const PassphraseKdf::Parameters &parameters,
                                       QByteArrayView associatedData)
{
    auto wrappingKey = keyFromPassphrase(passphrase, parameters);
    if (!wrappingKey)
        return wrappingKey.error();
    return Aead::seal(wrappingKey->view(), key.view(), associatedData);
}

Result<SecretKey> WalletKeyWrap::unwrap(QByteArrayView wrapped, QByteArray &passphrase,
                                        const PassphraseKdf::Parameters &parameters,
                                        QByteArrayView associatedData)
{
    auto wrappingKey = keyFromPassphrase(passphrase, parameters);
    if (!wrappingKey)
        return wrappingKey.error();
    auto opened = Aead::open(wrappingKey->view(), wrapped, associatedData);
    if (!opened)
        return Error{QStringLiteral("wallet.wrong_passphrase"),
                     tr("the passphrase is not right; nothing was changed")};
    SecretKey key = SecretKey::takeFrom(opened.value());
    if (key.isNull())
        return Error{QStringLiteral("wallet.corrupt"), tr("the wrapped wallet key is damaged")};
    return key;
}

Status WalletKeyWrap::store(const QSqlDatabase &db, const SecretKey &walletKey,
                            QByteArray &passphrase, const PassphraseKdf::Parameters &parameters)
{
    auto ad = walletAssociatedData(db);
    if (!ad) {
        wipe(passphrase);
        return ad.error();
    }
    auto wrapped = wrap(walletKey, passphrase, parameters, ad.value());
    if (!wrapped)
        return wrapped.error();
    const QByteArray kdf = QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact);
    if (auto done = WalletMeta::set(db, kKdf, kdf); !done)
        return done;
    return WalletMeta::set(db, kWrappedKey, wrapped.value());
}

Result<SecretKey> WalletKeyWrap::unwrap(const QSqlDatabase &db, QByteArray &passphrase)
{
    auto ad = walletAssociatedData(db);
    auto kdf = WalletMeta::get(db, kKdf);
    auto wrapped = WalletMeta::get(db, kWrappedKey);
    if (!ad || !kdf || !wrapped || !kdf->has_value() || !wrapped->has_value()) {
        wipe(passphrase);
        return Error{QStringLiteral("wallet.not_a_wallet"),
                     tr("the file has no wallet key; it is not a vcdesk wallet or is damaged")};
    }
    auto json = StrictJson::parseObject(**kdf);
    if (!json) {
        wipe(passphrase);
        return Error{QStringLiteral("wallet.corrupt"),
                     tr("the wallet's KDF parameters are damaged")};
    }
    auto parameters = PassphraseKdf::Parameters::fromJson(json.value());
    if (!parameters) {
        wipe(passphrase);
        return parameters.error();
    }
    return unwrap(**wrapped, passphrase, parameters.value(), ad.value());
}

} // namespace vcdesk
