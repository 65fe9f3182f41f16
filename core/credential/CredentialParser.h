#pragma once

#include "core/codec/JsonOutline.h"
#include "core/common/Result.h"
#include "core/credential/Credential.h"

#include <QCoreApplication>

#include <limits>
#include <optional>

namespace vcdesk {

/// Reads credentials and presentations into the Credential model:
/// - JWT: VC Data Model 1.1 ("vc"/"vp" claim; iss, sub, nbf, exp, jti, iat mapped as the
///   spec says), VC Data Model 2.0 secured as JWT (typ vc+jwt / vp+jwt: the payload is the
///   VC), and the hybrids some issuers send (both at once; disagreements are recorded);
/// - JSON-LD: a VC or VP object with an embedded proof (ldp_vc / ldp_vp).
class CredentialParser
{
    Q_DECLARE_TR_FUNCTIONS(CredentialParser)
public:
    /// `claims` must be the JWS payload as a JSON object. A JWS that is not a VC or VP is an
    /// error with code "credential.not_a_credential". `compact` is the token's text exactly as
    /// `jws` was parsed from, when the caller has it: it becomes Credential::raw as it is
    /// (otherwise that is written again from `jws`, encoding the signature once more).
    static Result<Credential> fromJwt(const CompactJws &jws, const QJsonObject &claims,
                                      QByteArrayView compact = {});
    /// The common JWT-VC (registered claims and a "vc" credential, nothing else at the top)
    /// read from its payload's outline, building only the members it maps: what fromJwt gives
    /// for the same token, with `document` and `jwtClaims` built when first read. Nothing for
    /// any other token, which fromJwt then reads.
    static std::optional<Credential>
    fromPlainJwtVc(const CompactJws &jws, const JsonOutline &payload, QByteArrayView compact = {});
    static Result<Credential> fromJsonLd(const QJsonObject &document);
    /// SD-JWT VC: claims are the disclosed ones; vct is the type, iss/sub/nbf/exp/iat as in
    /// a JWT, cnf and status kept out of the claims.
    static Result<Credential> fromSdJwt(const SdJwt &sdJwt);
    static bool looksLikeJsonLd(const QJsonObject &object);
    /// Every subject id a credentialSubject names, in order, each once: an entry's "id", or
    /// the entry itself when it is a plain IRI, through arrays inside arrays (JSON-LD reads
    /// {"id": D}, "D", [null, {"id": D}] and [[{"id": D}]] alike). Their order is not signed
    /// in an RDF-canonicalized credential, so no one of them is "the" subject by position.
    /// At most `wanted` of them.
    static QStringList subjectIds(const QJsonValue &credentialSubject,
                                  qsizetype wanted = std::numeric_limits<qsizetype>::max());
};

} // namespace vcdesk
