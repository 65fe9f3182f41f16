#include "core/store/Wallet.h"

#include "core/common/Clock.h"

#include "core/store/RecordSealer.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/SealingMigration.h"
#include "core/store/Sql.h"
#include "core/store/SqlTransaction.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletIndex.h"
#include "core/store/WalletIntegrity.h"
#include "core/store/WalletKeyWrap.h"
#include "core/store/WalletMeta.h"
#include "core/store/WalletSchema.h"
#include "core/store/WalletTransaction.h"

#include <QFile>
#include <QStandardPaths>

namespace vcdesk {

Wallet::Wallet(std::unique_ptr<WalletDatabase> database)
    : m_database(std::move(database))
{
}

Wallet::~Wallet() = default;

namespace {

/// Everything a new wallet starts with, in one transaction.
Status initialize(Wallet &wallet, const SecretKey &walletKey, QByteArray &passphrase,
                  const Wallet::CreateOptions &options)
{
    const QSqlDatabase &db = wallet.database();
    auto transaction = WalletTransaction::begin(wallet.access());
    if (!transaction) {
        wipe(passphrase);
        return transaction.error();
    }
    if (auto done =
            WalletMeta::set(db, QStringLiteral("wallet_uid"), WalletErrors::newUid().toUtf8());
        !done)
        return done;
    if (auto done = WalletMeta::set(db, QStringLiteral("created_at"),
                                    QByteArray::number(Clock::nowSeconds()));
        !done)
        return done;
    const PassphraseKdf::Parameters kdf =
        options.kdf.salt.isEmpty() ? PassphraseKdf::calibrate() : options.kdf;
    if (auto done = WalletKeyWrap::store(db, walletKey, passphrase, kdf); !done)
        return done;
    // No rows yet: the digest of the empty set.
    if (auto done =
            WalletIntegrity::store(db, *wallet.sealer(), QByteArray(WalletIntegrity::kBytes, '\0'));
        !done)
        return done;
    auto profile = wallet.profiles().create(options.profileName);
    if (!profile)
        return profile.error();
    if (auto key = wallet.keys().generate(profile->id, options.keyType, options.didMethod); !key)
        return key.error();
    return transaction.value().commit();
}

} // namespace

Result<std::unique_ptr<Wallet>> Wallet::create(const QString &path, QByteArray &passphrase,
                                               const CreateOptions &options)
{
    if (passphrase.isEmpty())
        return Error{QStringLiteral("wallet.weak_passphrase"), tr("the wallet needs a passphrase")};
    auto database = WalletDatabase::open(path, Access::ReadWrite, WalletDatabase::Mode::CreateNew);
    if (!database) {
        wipe(passphrase);
        return database.error();
    }
    std::unique_ptr<Wallet> wallet(new Wallet(std::move(database).value()));
    const SecretKey walletKey = SecretKey::random();
    auto index = WalletIndex::createEmpty();
    if (index)
        if (auto tracking = index.value()->startTracking(); !tracking)
            index = tracking.error();
    if (!index) {
        wipe(passphrase);
        wallet.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return index.error();
    }
    wallet->m_sealer = std::make_unique<RecordSealer>(walletKey);
    wallet->m_index = std::move(index).value();
    if (auto done = initialize(*wallet, walletKey, passphrase, options); !done) {
        wipe(passphrase);
        wallet.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return done.error();
    }
    return wallet;
}

QString Wallet::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/wallet.db");
}

Result<std::unique_ptr<Wallet>> Wallet::open(const QString &path, Access access)
{
    auto database = WalletDatabase::open(path, access);
    if (!database)
        return database.error();
    std::unique_ptr<Wallet> wallet(new Wallet(std::move(database).value()));
    auto uid = WalletMeta::get(wallet->database(), QStringLiteral("wallet_uid"));
    if (!uid || !uid->has_value())
        return Error{QStringLiteral("wallet.not_a_wallet"),
                     tr("%1 is not a vcdesk wallet (it has no wallet key)").arg(path)};
    return wallet;
}

Status Wallet::unlock(QByteArray &passphrase)
{
    auto key = WalletKeyWrap::unwrap(database(), passphrase);
    if (!key)
        return key.error();
    return openRecords(key.value());
}

Status Wallet::unlockWithKey(const SecretKey &walletKey)
{
    if (walletKey.isNull())
        return Error{QStringLiteral("wallet.wrong_key"), tr("no wallet key")};
    // Sealing an old wallet takes the passphrase: a remembered key is checked only against
    // records, and an old wallet may have none to check it with.
    if (auto version = SchemaMigrations::currentVersion(database());
        version && *version < WalletSchema::kSealedVersion)
        return Error{QStringLiteral("wallet.wrong_key"),
                     tr("this wallet must be unlocked once with its passphrase (to seal its "
                        "records) before the remembered key can open it")};
    // The key the passphrase unwraps is the one: a remembered key must open the wallet's own
    // sealed digest. Past that check, damage is reported as damage, not as a wrong key.
    if (!WalletIntegrity::stored(database(), RecordSealer(walletKey)))
        return Error{QStringLiteral("wallet.wrong_key"),
                     tr("the remembered key does not open this wallet; unlock it with the "
                        "passphrase")};
    return openRecords(walletKey);
}

Status Wallet::openRecords(const SecretKey &walletKey)
{
    auto sealer = std::make_unique<RecordSealer>(walletKey);
    auto version = SchemaMigrations::currentVersion(database());
    if (!version)
        return version.error();
    if (*version < WalletSchema::kSealedVersion) {
        if (isReadOnly())
            return Error{QStringLiteral("wallet.needs_upgrade"),
                         tr("the wallet must be sealed once (schema %1); open it for writing")
                             .arg(WalletSchema::kSealedVersion)};
        if (auto migrated = SealingMigration::apply(database(), *sealer); !migrated)
            return migrated;
    }
    auto index = WalletIndex::load(database(), *sealer);
    if (!index)
        return index.error();
    m_sealer = std::move(sealer);
    m_index = std::move(index).value();
    return {};
}

QSqlDatabase Wallet::index() const
{
    return m_index ? m_index->connection() : QSqlDatabase();
}

WalletAccess Wallet::access() const
{
    return WalletAccess{database(), index(), m_sealer.get(), isReadOnly()};
}

SecretKey Wallet::walletKey() const
{
    return m_sealer ? m_sealer->walletKey() : SecretKey();
}

Result<QString> Wallet::uid() const
{
    auto uid = WalletMeta::get(database(), QStringLiteral("wallet_uid"));
    if (!uid)
        return uid.error();
    if (!uid->has_value())
        return Error{QStringLiteral("wallet.not_a_wallet"), tr("the wallet has no identity")};
    return QString::fromUtf8(**uid);
}

void Wallet::lock()
{
    m_index.reset();  // the plain records go with their in-memory database
    m_sealer.reset(); // the guarded key blocks are wiped as they go
}

Status Wallet::changePassphrase(QByteArray &current, QByteArray &next,
                                const PassphraseKdf::Parameters &parameters)
{
    if (isReadOnly()) {
        wipe(current);
        wipe(next);
        return WalletErrors::readOnly();
    }
    if (next.isEmpty()) {
        wipe(current);
        return Error{QStringLiteral("wallet.weak_passphrase"), tr("the new passphrase is empty")};
    }
    auto key = WalletKeyWrap::unwrap(database(), current);
    if (!key) {
        wipe(next);
        return key.error();
    }
    auto transaction = SqlTransaction::begin(database());
    if (!transaction) {
        wipe(next);
        return transaction.error();
    }
    if (auto done = WalletKeyWrap::store(database(), key.value(), next, parameters); !done)
        return done;
    return transaction.value().commit();
}

Status Wallet::vacuum()
{
    if (isReadOnly())
        return WalletErrors::readOnly();
    return Sql::exec(database(), QStringLiteral("VACUUM"));
}

} // namespace vcdesk
