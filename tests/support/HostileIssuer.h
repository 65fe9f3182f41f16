#pragma once

// The fixed issuer and signing helpers behind the hostile corpus (HostileCorpus.h): a
// deterministic Ed25519 did:key, fixed times and compact JSON, so every file it signs is the
// same on every run.

#include "core/codec/Base64Url.h"
#include "core/crypto/PrivateKey.h"
#include "core/did/KeyDidResolver.h"
#include "core/jose/CompactJws.h"
#include "core/verify/DataIntegritySigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace vcdesk::test {

struct HostileToken
{
    QString file;     // name under tests/data/hostile/
    QByteArray bytes; // what the file holds
    QString expected; // invalid, unverifiable or unreadable: never valid
    QString check;    // the check that must say why (or the error code when unreadable)
    QString why;      // the class of attack, for the README and failure messages
};

/// Signs hostile inputs for real, so that only their hostile part is wrong.
class HostileIssuer
{
public:
    /// 2026-06-01T00:00:00Z
    static constexpr qint64 kCheckedAt = 1780272000;
    static constexpr qint64 kNbf = 1735689600; // 2025-01-01
    static constexpr qint64 kExp = 4070908800; // 2099-01-01

    static PrivateKey issuerKey()
    {
        return PrivateKey::fromSecret(KeyType::Ed25519, QByteArray(32, '\x11')).value();
    }
    static QString issuerDid() { return KeyDidResolver::didForKey(issuerKey().publicKey()); }
    static QString issuerKid() { return issuerDid() + '#' + issuerDid().mid(8); }

    static QJsonObject vcClaims()
    {
        return QJsonObject{
            {"iss", issuerDid()},
            {"sub", "did:example:holder"},
            {"nbf", kNbf},
            {"exp", kExp},
            {"jti", "urn:uuid:7d0c1f6e-0000-4000-8000-00000000c0de"},
            {"vc",
             QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                         {"type", QJsonArray{"VerifiableCredential", "EmailCredential"}},
                         {"credentialSubject", QJsonObject{{"id", "did:example:holder"},
                                                           {"email", "alice@example.com"}}}}}};
    }

    /// A JWS over exactly these payload bytes (which need not be JSON).
    static QByteArray signRaw(const QByteArray &payload)
    {
        return CompactJws::sign(QJsonObject{{"kid", issuerKid()}, {"typ", "JWT"}}, payload,
                                issuerKey())
            .value();
    }
    static QByteArray signJson(const QJsonObject &claims)
    {
        return signRaw(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    }

    /// A JWT presentation of `credential` signed by the fixed issuer's key: to a credential
    /// issued to someone else (did:example:holder, a cnf key), a stranger's presentation.
    static QByteArray issuersPresentation(const QJsonValue &credential)
    {
        return signJson({{"iss", issuerDid()},
                         {"nonce", "n"},
                         {"vp", QJsonObject{{"type", QJsonArray{"VerifiablePresentation"}},
                                            {"verifiableCredential", QJsonArray{credential}}}}});
    }

    static QJsonObject ldpCredential(const QJsonObject &extraSubject)
    {
        QJsonObject subject{{"id", "did:example:holder"}};
        for (auto it = extraSubject.begin(); it != extraSubject.end(); ++it)
            subject.insert(it.key(), it.value());
        return QJsonObject{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                           {"type", QJsonArray{"VerifiableCredential"}},
                           {"issuer", issuerDid()},
                           {"validFrom", "2025-01-01T00:00:00Z"},
                           {"validUntil", "2099-01-01T00:00:00Z"},
                           {"credentialSubject", subject}};
    }
    static QByteArray signLdp(const QJsonObject &document, QJsonObject proof = {})
    {
        proof.insert("verificationMethod", issuerKid());
        proof.insert("proofPurpose", "assertionMethod");
        if (!proof.contains("created"))
            proof.insert("created", "2025-01-01T00:00:00Z");
        return QJsonDocument(
                   DataIntegritySigner::signEddsaJcs2022(document, proof, issuerKey()).value())
            .toJson(QJsonDocument::Compact);
    }

    static QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
    {
        Q_ASSERT(text.count(from) == 1);
        return text.replace(from, to);
    }
};

} // namespace vcdesk::test
