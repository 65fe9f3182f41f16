#pragma once

// Builds real signed tokens for tests: JWT-VCs and VPs from did:key issuers.

#include "core/crypto/PrivateKey.h"
#include "core/did/KeyDidResolver.h"
#include "core/jose/CompactJws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vcdesk::test {

struct Issuer
{
    PrivateKey key;
    QString did;
    QString kid;

    static Issuer make(KeyType type)
    {
        Issuer issuer;
        issuer.key = PrivateKey::generate(type);
        issuer.did = KeyDidResolver::didForKey(issuer.key.publicKey());
        issuer.kid = issuer.did + '#' + issuer.did.mid(8);
        return issuer;
    }
};

inline QJsonObject credentialClaims(const QString &issuer, qint64 nbf, qint64 exp)
{
    return QJsonObject{
        {"iss", issuer},
        {"sub", "did:example:holder"},
        {"nbf", nbf},
        {"exp", exp},
        {"jti", "urn:uuid:5b4f3a0e-0000-4000-8000-000000000001"},
        {"vc", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                           {"type", QJsonArray{"VerifiableCredential", "EmailCredential"}},
                           {"credentialSubject", QJsonObject{{"email", "alice@example.com"}}}}}};
}

inline QByteArray sign(const PrivateKey &key, const QJsonObject &claims, QJsonObject header = {})
{
    if (!header.contains("typ"))
        header.insert("typ", "JWT");
    return CompactJws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), key)
        .value();
}

} // namespace vcdesk::test
