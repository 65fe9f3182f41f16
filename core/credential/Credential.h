#pragma once

#include "core/codec/LazyJsonObject.h"
#include "core/jose/CompactJws.h"
#include "core/jose/SdJwt.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace vcdesk {

/// One credential or presentation, whatever envelope it came in, reduced to what checks and
/// screens need. `document` keeps the full VC/VP JSON; `jws` is set for JWT-secured forms.
struct Credential
{
    enum class Kind { Credential, Presentation };

    Kind kind = Kind::Credential;
    QString format; // jwt_vc_json, jwt_vp_json, vc+jwt, vp+jwt, ldp_vc, ldp_vp
    QString id;
    QString issuer;  // the issuer, or a presentation's holder
    QString subject; // credentialSubject.id (first subject)
    QStringList types;
    QJsonValue claims; // credentialSubject as given (object or array)
    QDateTime validFrom;
    QDateTime validUntil;
    QDateTime issuedAt;
    QJsonValue status;  // credentialStatus
    QJsonValue schemas; // credentialSchema
    QJsonValue proof;   // embedded Data Integrity / LD proof
    LazyJsonObject document;
    std::optional<CompactJws> jws; // for SD-JWT: the issuer JWT
    LazyJsonObject jwtClaims;      // the JWS payload, built when first read
    std::optional<SdJwt> sdJwt;
    /// SD-JWT: why the disclosures do not fit the issuer's digests (empty when they do).
    QString disclosureError;
    QByteArray raw;
    /// Places where the envelope contradicts itself (e.g. iss differs from vc.issuer).
    QStringList inconsistencies;
    /// Dates that are present but unreadable: validity cannot be confirmed.
    QStringList dateProblems;
    /// A presentation's credentials, in their original form (JWT text or JSON).
    QList<QJsonValue> embedded;

    bool isPresentation() const { return kind == Kind::Presentation; }
};

} // namespace vcdesk
