#pragma once

#include "core/codec/LazyJsonObject.h"
#include "core/crypto/PublicKey.h"
#include "core/verify/CanonicalForm.h"
#include "core/verify/ValidationReport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace vcdesk {

/// What inspecting one input found: its decoded parts, what it says about itself (issuer,
/// subject, types, claims, validity), who signed it, the checks, and the inspections of
/// whatever it carries (a presentation's credentials, a wrapper's contents).
struct Inspection
{
    QString format; // jws, jwt_vc_json, jwt_vp_json, vc+jwt, vp+jwt, ldp_vc, ldp_vp, or a wrapper
    QJsonObject header;
    LazyJsonObject payload; // null until something sets it
    QJsonObject signer;
    /// The key that verified its signature (null when none did): what HolderBinding compares
    /// a credential's cnf with, so the signer's DID is never looked up a second time.
    PublicKey signerKey;
    ValidationReport report;

    QString issuer;
    QString issuerName; // from the trust list
    QString subject;
    QStringList types;
    QJsonValue claims;
    QDateTime validFrom;
    QDateTime validUntil;

    std::vector<Inspection> nested;
    /// What its Data Integrity proof signs, when InspectOptions::keepCanonicalForm asked.
    std::optional<CanonicalForm> canonicalForm;

    QJsonObject toJson() const;
};

} // namespace vcdesk
