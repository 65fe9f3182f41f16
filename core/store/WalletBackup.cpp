#include "core/store/WalletBackup.h"

#include "core/common/Clock.h"

#include "core/codec/Base64Url.h"
#include "core/codec/StrictJson.h"
#include "core/store/BackupFile.h"
#include "core/store/RecordSealer.h"
#include "core/store/Sql.h"
#include "core/store/SqlTransaction.h"
#include "core/store/Wallet.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletKeyWrap.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace vcdesk {

namespace {

const QString kFormat = QStringLiteral("vcdesk-wallet-backup");

/// An owner-only empty file that is removed again unless kept.
class ScratchFile
{
public:
    explicit ScratchFile(QString path)
        : m_path(std::move(path))
    {
    }
    ~ScratchFile()
    {
        if (!m_kept)
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(m_path + QLatin1String(suffix));
    }
    bool create()
    {
        QFile::remove(m_path);
        QFile file(m_path);
        return file.open(QIODevice::WriteOnly | QIODevice::NewOnly) &&
               file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString &path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

} // namespace

Status WalletBackup::write(const Wallet &wallet, const QString &outPath,
                           QByteArray &backupPassphrase, const PassphraseKdf::Parameters &kdf)
{
    if (!wallet.sealer()) {
        wipe(backupPassphrase);
        return WalletErrors::locked();
    }
    if (backupPassphrase.isEmpty())
        return Error{QStringLiteral("wallet.weak_passphrase"), tr("the backup needs a passphrase")};
    if (QFileInfo::exists(outPath) || QFileInfo(outPath).isSymLink()) {
        wipe(backupPassphrase);
        return Error{QStringLiteral("backup.exists"),
                     tr("%1 already exists; choose another name").arg(outPath)};
    }
    ScratchFile snapshot(outPath + QStringLiteral(".snapshot"));
    if (!snapshot.create()) {
        wipe(backupPassphrase);
        return Error{QStringLiteral("backup.io"), tr("cannot write next to %1").arg(outPath)};
    }
    // A consistent copy of the committed state, without free pages.
    if (auto done =
            Sql::exec(wallet.database(), QStringLiteral("VACUUM INTO ?"), {snapshot.path()});
        !done) {
        wipe(backupPassphrase);
        return done;
    }
    auto key = WalletKeyWrap::keyFromPassphrase(backupPassphrase, kdf);
    if (!key)
        return key.error();
    const QJsonObject header{{QStringLiteral("format"), kFormat},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("kdf"), kdf.toJson()},
                             {QStringLiteral("createdAt"), Clock::nowSeconds()}};
    QByteArray manifest =
        QJsonDocument(QJsonObject{{QStringLiteral("walletKey"),
                                   QString::fromLatin1(Base64Url::encode(
                                       wallet.sealer()->walletKey().view().toByteArray()))}})
            .toJson(QJsonDocument::Compact);
    QFile payload(snapshot.path());
    QSaveFile out(outPath); // appears only when complete
    if (!payload.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        wipe(manifest);
        return Error{QStringLiteral("backup.io"), tr("cannot write %1").arg(outPath)};
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto written = BackupFile::write(out, header, key.value(), manifest, payload);
    wipe(manifest);
    if (!written)
        return written;
    if (!out.commit())
        return Error{QStringLiteral("backup.io"),
                     tr("cannot write %1: %2").arg(outPath, out.errorString())};
    return {};
}

Status WalletBackup::restore(const QString &backupPath, QByteArray &backupPassphrase,
                             const QString &walletPath, QByteArray &walletPassphrase,
                             const PassphraseKdf::Parameters &walletKdf)
{
    auto refuse = [&](Error e) -> Status {
        wipe(backupPassphrase);
        wipe(walletPassphrase);
        return e;
    };
    if (walletPassphrase.isEmpty())
        return refuse(Error{QStringLiteral("wallet.weak_passphrase"),
                            tr("the restored wallet needs a passphrase")});
    if (QFileInfo::exists(walletPath))
        return refuse(Error{QStringLiteral("wallet.exists"),
                            tr("%1 already exists; restore into a new file").arg(walletPath)});
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly))
        return refuse(Error{QStringLiteral("backup.not_found"),
                            tr("cannot read %1: %2").arg(backupPath, in.errorString())});
    auto header = BackupFile::readHeader(in);
    if (!header)
        return refuse(header.error());
    if (header->value(QStringLiteral("format")).toString() != kFormat ||
        header->value(QStringLiteral("version")).toInt() != 1)
        return refuse(Error{QStringLiteral("backup.unsupported"),
                            tr("this backup format or version is not supported")});
    auto kdf = PassphraseKdf::Parameters::fromJson(header->value(QStringLiteral("kdf")).toObject());
    if (!kdf)
        return refuse(kdf.error());
    auto key = WalletKeyWrap::keyFromPassphrase(backupPassphrase, kdf.value());
    if (!key)
        return refuse(key.error());

    ScratchFile restored(walletPath + QStringLiteral(".restoring"));
    QFile payload(restored.path());
    if (!restored.create() || !payload.open(QIODevice::WriteOnly))
        return refuse(
            Error{QStringLiteral("backup.io"), tr("cannot write next to %1").arg(walletPath)});
    auto manifest = BackupFile::readBody(in, header.value(), key.value(), payload);
    payload.close();
    if (!manifest)
        return refuse(manifest.error());
    auto manifestJson = StrictJson::parseObject(manifest.value());
    wipe(manifest.value());
    QByteArray walletKeyBytes;
    if (manifestJson) {
        auto decoded = Base64Url::decode(
            manifestJson->value(QStringLiteral("walletKey")).toString().toLatin1());
        if (decoded)
            walletKeyBytes = decoded.value();
    }
    const SecretKey walletKey = SecretKey::takeFrom(walletKeyBytes);
    if (walletKey.isNull())
        return refuse(
            Error{QStringLiteral("backup.tampered"), tr("the backup's manifest is damaged")});

    {
        auto wallet = Wallet::open(restored.path(), Wallet::Access::ReadWrite);
        if (!wallet)
            return refuse(wallet.error());
        const QSqlDatabase &db = wallet.value()->database();
        auto integrity = Sql::scalar(db, QStringLiteral("PRAGMA integrity_check"));
        if (!integrity || integrity->toString() != QLatin1String("ok"))
            return refuse(Error{QStringLiteral("backup.tampered"),
                                tr("the wallet in the backup is damaged")});
        // The key must open what it protects: every record (unlocking reads them all) and
        // every private key.
        if (auto opened = wallet.value()->unlockWithKey(walletKey); !opened)
            return refuse(Error{QStringLiteral("backup.tampered"),
                                tr("the backup's wallet key does not open its records: %1")
                                    .arg(opened.error().message)});
        auto profiles = wallet.value()->profiles().list();
        if (!profiles)
            return refuse(profiles.error());
        for (const Profile &profile : profiles.value()) {
            auto keys = wallet.value()->keys().list(profile.id);
            if (!keys)
                return refuse(keys.error());
            for (const HolderKey &key : keys.value())
                if (auto opened = wallet.value()->keys().privateKey(key.id); !opened)
                    return refuse(Error{QStringLiteral("backup.tampered"),
                                        tr("the backup's wallet key does not open its keys")});
        }
        auto transaction = SqlTransaction::begin(db);
        if (!transaction)
            return refuse(transaction.error());
        if (auto done = WalletKeyWrap::store(db, walletKey, walletPassphrase, walletKdf); !done)
            return refuse(done.error());
        if (auto done = transaction.value().commit(); !done)
            return refuse(done.error());
    } // closed: the WAL is checkpointed into the file
    wipe(backupPassphrase);
    for (const char *suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(restored.path() + QLatin1String(suffix)))
            return Error{QStringLiteral("backup.io"),
                         tr("the restored wallet did not close cleanly")};
    if (!QFile::rename(restored.path(), walletPath))
        return Error{QStringLiteral("backup.io"),
                     tr("cannot move the restored wallet to %1").arg(walletPath)};
    return {};
}

} // namespace vcdesk
