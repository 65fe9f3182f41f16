#pragma once

// Wallets for tests: cheap (but real) Argon2id parameters so a test can create and unlock
// many wallets, and real signed credentials to put in them.

#include "core/crypto/PassphraseKdf.h"
#include "core/crypto/SecureRandom.h"
#include "core/store/CredentialRecord.h"
#include "core/store/Wallet.h"
#include "support/ReportHelpers.h"
#include "support/TokenFactory.h"

#include <QDateTime>
#include <QFile>

namespace vcdesk::test {

/// 8 MiB, one pass: the smallest the wallet accepts. Production wallets calibrate.
inline PassphraseKdf::Parameters cheapKdf()
{
    PassphraseKdf::Parameters p;
    p.memoryKiB = 8 * 1024;
    p.iterations = 1;
    p.salt = SecureRandom::bytes(16);
    return p;
}

inline std::unique_ptr<Wallet> createWallet(const QString &path, QByteArray passphrase = "pass",
                                            KeyType keyType = KeyType::P256)
{
    Wallet::CreateOptions options;
    options.kdf = cheapKdf();
    options.keyType = keyType;
    auto wallet = Wallet::create(path, passphrase, options);
    if (!wallet)
        qFatal("cannot create a test wallet: %s", qPrintable(wallet.error().toString()));
    return std::move(wallet).value();
}

/// A real JWT-VC of `type` with a distinct subject (named "Person <serial>"), listing fields
/// filled in as the importer would.
inline CredentialRecord signedRecord(const Issuer &issuer, const QString &type, int serial)
{
    QJsonObject claims = credentialClaims(issuer.did, 1700000000 + serial, 1900000000 + serial);
    claims.insert("sub", QStringLiteral("did:example:holder-%1").arg(serial));
    claims.insert("jti", QStringLiteral("urn:uuid:serial-%1").arg(serial));
    QJsonObject vc = claims.value("vc").toObject();
    vc.insert("type", QJsonArray{"VerifiableCredential", type});
    vc.insert("credentialSubject", QJsonObject{{"name", QStringLiteral("Person %1").arg(serial)}});
    claims.insert("vc", vc);
    CredentialRecord r;
    r.raw = sign(issuer.key, claims);
    r.format = "jwt_vc_json";
    r.types = QStringList{"VerifiableCredential", type};
    r.primaryType = type;
    r.title = type;
    r.issuer = issuer.did;
    r.subject = claims.value("sub").toString();
    r.issuedAt = QDateTime::fromSecsSinceEpoch(1700000000 + serial, Qt::UTC);
    r.expiresAt = QDateTime::fromSecsSinceEpoch(1900000000 + serial, Qt::UTC);
    r.verdict = Verdict::Valid;
    r.highlights = {ClaimHighlight{"name", QStringLiteral("Person %1").arg(serial)}};
    r.sourceKind = "import";
    return r;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace vcdesk::test
