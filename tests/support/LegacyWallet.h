#pragma once

// A wallet file as vcdesk wrote it before sealed records (schema 1: listing fields, tags,
// account URLs and DIDs in the clear; secrets sealed under the wallet key), written here with
// plain SQL so the migration to schema 2 can be tested on real old files.

#include "core/crypto/Jwk.h"
#include "core/crypto/PrivateKey.h"
#include "core/did/KeyDidResolver.h"
#include "core/store/CredentialStore.h"
#include "core/store/RecordSealer.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/Sql.h"
#include "core/store/SqlTransaction.h"
#include "core/store/WalletKeyWrap.h"
#include "core/store/WalletMeta.h"
#include "support/WalletFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QUuid>

namespace vcdesk::test {

struct LegacyContent
{
    QString holderDid;
    QList<CredentialRecord> credentials; // with raw, as written
};

/// Writes a schema-1 wallet at `path` with one profile, one key, one account and `count`
/// credentials (each tagged "legacy-tag"), unlocked by `passphrase`.
inline LegacyContent writeLegacyWallet(const QString &path, int count,
                                       QByteArray passphrase = "pass")
{
    LegacyContent content;
    const QString name = QStringLiteral("legacy-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create %s", qPrintable(path));
        (void)Sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!SchemaMigrations::apply(db, {SchemaMigrations::all().first()}))
            qFatal("cannot write schema 1");
        auto transaction = SqlTransaction::begin(db).value();
        const SecretKey walletKey = SecretKey::random();
        const RecordSealer sealer(walletKey);
        (void)WalletMeta::set(db, QStringLiteral("wallet_uid"), QUuid::createUuid().toByteArray());
        (void)WalletMeta::set(db, QStringLiteral("created_at"), "1700000000");
        if (!WalletKeyWrap::store(db, walletKey, passphrase, cheapKdf()))
            qFatal("cannot wrap the key");
        (void)Sql::exec(db, QStringLiteral("INSERT INTO profiles(id, name, created_at)"
                                           " VALUES (1, 'Personal', 1700000000)"));
        const PrivateKey key = PrivateKey::generate(KeyType::P256);
        content.holderDid = KeyDidResolver::didForKey(key.publicKey());
        const QString keyUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        (void)Sql::exec(
            db,
            QStringLiteral("INSERT INTO keys(uid, profile_id, algorithm, public_jwk, did, kid,"
                           " sealed_secret, is_default, created_at)"
                           " VALUES (?, 1, 'ES256', ?, ?, ?, ?, 1, 1700000000)"),
            {keyUid,
             QJsonDocument(Jwk::fromPublicKey(key.publicKey())).toJson(QJsonDocument::Compact),
             content.holderDid, content.holderDid + "#" + content.holderDid.mid(8),
             sealer.seal(QLatin1StringView("keys"), keyUid, key.secret()).value()});
        const QString accountUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        (void)Sql::exec(
            db,
            QStringLiteral("INSERT INTO accounts(uid, profile_id, name, kind, role, base_url,"
                           " secret_kind, sealed_secret, created_at)"
                           " VALUES (?, 1, 'Legacy agent', 'issuer-agent', '',"
                           " 'https://legacy-agent.example.org', 'api-key', ?, 1700000000)"),
            {accountUid,
             sealer.seal(QLatin1StringView("accounts"), accountUid, "legacy-api-key").value()});
        const Issuer issuer = Issuer::make(KeyType::Secp256k1);
        for (int i = 0; i < count; ++i) {
            CredentialRecord r = signedRecord(issuer, QStringLiteral("LegacyCredential"), i);
            r.tags = QStringList{QStringLiteral("legacy-tag")};
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QVariantList values{
                uid,
                sealer.seal(QLatin1StringView("credentials"), uid, r.raw).value(),
                sealer.fingerprint(r.raw),
                r.title,
                r.primaryType,
                QJsonDocument(QJsonArray::fromStringList(r.types)).toJson(QJsonDocument::Compact),
                r.issuer,
                r.subject,
                r.issuedAt.toSecsSinceEpoch(),
                r.expiresAt.toSecsSinceEpoch(),
                VerdictName::of(r.verdict),
                r.sourceKind,
                CredentialStore::searchTextOf(r)};
            auto inserted = Sql::run(
                db,
                QStringLiteral("INSERT INTO credentials(uid, profile_id, format, sealed_raw,"
                               " fingerprint, title, primary_type, types, issuer, subject,"
                               " issued_at, expires_at, verdict, source_kind, added_at,"
                               " search_text) VALUES (?, 1, 'jwt_vc_json', ?, ?, ?, ?, ?, ?, ?,"
                               " ?, ?, ?, ?, 1700000000, ?)"),
                values);
            if (!inserted)
                qFatal("legacy insert: %s", qPrintable(inserted.error().toString()));
            const qint64 id = inserted->lastInsertId().toLongLong();
            (void)Sql::exec(db,
                            QStringLiteral("INSERT INTO credential_types(type, credential_id)"
                                           " VALUES ('LegacyCredential', ?)"),
                            {id});
            (void)Sql::exec(db,
                            QStringLiteral("INSERT INTO credential_tags(credential_id, tag)"
                                           " VALUES (?, 'legacy-tag')"),
                            {id});
            content.credentials << r;
        }
        if (!transaction.commit())
            qFatal("cannot commit the legacy wallet");
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return content;
}

} // namespace vcdesk::test
