#pragma once

#include "core/store/ClaimHighlight.h"
#include "core/verify/Revocation.h"
#include "core/verify/Verdict.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace vcdesk {

/// A credential as the wallet keeps it: the original form (sealed on disk; empty in list
/// pages) and the fields used for listing, sorting and search.
struct CredentialRecord
{
    qint64 id = 0;
    QString uid;
    qint64 profileId = 0;
    QString format; // jwt_vc_json, vc+jwt, dc+sd-jwt, ldp_vc, ...
    QByteArray raw;
    QString title; // what a person calls it, e.g. "UniversityDegreeCredential"
    QString primaryType;
    QStringList types;
    QString issuer;
    QString issuerName; // from the trust list, when known
    QString subject;
    QDateTime issuedAt;  // invalid: unknown
    QDateTime expiresAt; // invalid: never
    Verdict verdict = Verdict::Unknown;
    /// Not valid because a status list says revoked or suspended (set with the verdict).
    Revocation revocation = Revocation::None;
    QDateTime verifiedAt;
    QString sourceKind; // import, offer, issuance, restore
    QString sourceRef;  // file name, account + offer record id, ...
    qint64 addedAt = 0; // seconds since the epoch
    QStringList tags;
    /// Two or three subject claims for the card (ClaimHighlights), set with the verdict.
    QList<ClaimHighlight> highlights;
};

} // namespace vcdesk
