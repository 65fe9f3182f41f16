#pragma once

// Builds what a holder's wallet sends a verifier, signed for real: JWT-VCs (VC 1.1 and VC-JWT
// 2.0), SD-JWT VCs with key binding, JWT VPs (with enveloped credentials too) and
// presentation submissions. Each piece can be made wrong on purpose by its arguments.

#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/jose/SdJwt.h"
#include "support/TokenFactory.h"

#include <QDateTime>

namespace vcdesk::test {

inline qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

/// A VC 1.1 JWT-VC of `types` about `subjectDid` (none: no subject id), claims in its subject.
inline QByteArray jwtVc(const Issuer &issuer, const QString &subjectDid, const QStringList &types,
                        const QJsonObject &subjectClaims, qint64 exp = nowSeconds() + 3600,
                        const QJsonObject &extra = {})
{
    QJsonObject subject = subjectClaims;
    if (!subjectDid.isEmpty())
        subject.insert("id", subjectDid);
    QJsonObject claims{
        {"iss", issuer.did},
        {"nbf", nowSeconds() - 60},
        {"exp", exp},
        {"vc", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                           {"type", QJsonArray::fromStringList(QStringList{"VerifiableCredential"} +
                                                               types)},
                           {"credentialSubject", subject}}}};
    if (!subjectDid.isEmpty())
        claims.insert("sub", subjectDid);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        claims.insert(it.key(), it.value());
    return sign(issuer.key, claims, QJsonObject{{"kid", issuer.kid}});
}

/// A VC-JWT 2.0 credential (typ vc+jwt): the payload is the credential.
inline QByteArray vcJwt(const Issuer &issuer, const QString &subjectDid, const QStringList &types,
                        const QJsonObject &subjectClaims)
{
    QJsonObject subject = subjectClaims;
    subject.insert("id", subjectDid);
    const QJsonObject claims{
        {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
        {"type", QJsonArray::fromStringList(QStringList{"VerifiableCredential"} + types)},
        {"issuer", issuer.did},
        {"validFrom", QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate)},
        {"validUntil", QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)},
        {"credentialSubject", subject}};
    return sign(issuer.key, claims, QJsonObject{{"typ", "vc+jwt"}, {"kid", issuer.kid}});
}

/// The credential as VC-JOSE-COSE puts it inside a presentation.
inline QJsonObject enveloped(const QByteArray &token)
{
    return QJsonObject{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                       {"type", "EnvelopedVerifiableCredential"},
                       {"id", "data:application/vc+jwt," + QString::fromLatin1(token)}};
}

/// A JWT VP by `holder` for a request's nonce and audience. typ vp+jwt makes it a VC-JWT 2.0
/// presentation (payload = the presentation), otherwise a VC 1.1 one ("vp" claim).
inline QByteArray jwtVp(const Issuer &holder, const QJsonArray &credentials, const QString &nonce,
                        const QJsonValue &audience, const QString &typ = "JWT")
{
    QJsonObject vp{
        {"@context", QJsonArray{typ == "vp+jwt" ? "https://www.w3.org/ns/credentials/v2"
                                                : "https://www.w3.org/2018/credentials/v1"}},
        {"type", QJsonArray{"VerifiablePresentation"}},
        {"holder", holder.did},
        {"verifiableCredential", credentials}};
    QJsonObject claims{{"iss", holder.did},
                       {"aud", audience},
                       {"nonce", nonce},
                       {"iat", nowSeconds()},
                       {"exp", nowSeconds() + 300}};
    if (typ == "vp+jwt") {
        for (auto it = vp.begin(); it != vp.end(); ++it)
            claims.insert(it.key(), it.value());
    } else {
        claims.insert("vp", vp);
    }
    return sign(holder.key, claims, QJsonObject{{"typ", typ}, {"kid", holder.kid}});
}

/// One SD-JWT disclosure [salt, name, value], encoded.
inline QByteArray disclosure(const QString &salt, const QString &name, const QJsonValue &value)
{
    return Base64Url::encode(
        QJsonDocument(QJsonArray{salt, name, value}).toJson(QJsonDocument::Compact));
}

/// An SD-JWT VC (no key-binding JWT yet) of type `vct` bound to `holder` (cnf.jwk), each of
/// `claims` selectively disclosable; `disclose` says which disclosures are presented. `fixed`
/// adds claims the issuer does not make disclosable (a "status").
inline QByteArray sdJwtVc(const Issuer &issuer, const PublicKey &holder, const QString &vct,
                          const QJsonObject &claims, const QStringList &disclose,
                          qint64 exp = nowSeconds() + 3600, const QJsonObject &fixed = {})
{
    QJsonArray digests;
    QByteArray presented;
    int salt = 0;
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        const QByteArray d =
            disclosure(QStringLiteral("salt-%1").arg(++salt), it.key(), it.value());
        digests.append(QString::fromLatin1(SdJwt::digest(d)));
        if (disclose.contains(it.key()))
            presented += d + '~';
    }
    QJsonObject payload{{"iss", issuer.did},
                        {"vct", vct},
                        {"iat", nowSeconds() - 60},
                        {"exp", exp},
                        {"_sd_alg", "sha-256"},
                        {"_sd", digests},
                        {"cnf", QJsonObject{{"jwk", Jwk::fromPublicKey(holder)}}}};
    for (auto it = fixed.begin(); it != fixed.end(); ++it)
        payload.insert(it.key(), it.value());
    return sign(issuer.key, payload, QJsonObject{{"typ", "dc+sd-jwt"}, {"kid", issuer.kid}}) + '~' +
           presented;
}

/// The SD-JWT with a key-binding JWT by `key` for this nonce and audience.
inline QByteArray keyBound(const QByteArray &sdJwt, const PrivateKey &key, const QString &nonce,
                           const QString &audience)
{
    const QJsonObject kb{
        {"iat", nowSeconds()},
        {"aud", audience},
        {"nonce", nonce},
        {"sd_hash", QString::fromLatin1(Base64Url::encode(Digest::sha256(sdJwt)))}};
    return sdJwt + CompactJws::sign(QJsonObject{{"typ", "kb+jwt"}},
                                    QJsonDocument(kb).toJson(QJsonDocument::Compact), key)
                       .value();
}

/// A presentation_submission mapping `descriptorId` to credential `index` of the VP at "$".
inline QString vpSubmission(const QString &definitionId, const QString &descriptorId, int index = 0,
                            const QString &vpFormat = "jwt_vp_json",
                            const QString &vcFormat = "jwt_vc_json")
{
    const QJsonObject submission{
        {"id", "submission-1"},
        {"definition_id", definitionId},
        {"descriptor_map",
         QJsonArray{QJsonObject{
             {"id", descriptorId},
             {"format", vpFormat},
             {"path", "$"},
             {"path_nested",
              QJsonObject{{"id", descriptorId},
                          {"format", vcFormat},
                          {"path", QStringLiteral("$.verifiableCredential[%1]").arg(index)}}}}}}};
    return QString::fromUtf8(QJsonDocument(submission).toJson(QJsonDocument::Compact));
}

} // namespace vcdesk::test
