#pragma once

#include "core/verify/Inspection.h"

#include <QJsonObject>
#include <QList>

namespace vcdesk {

/// One credential of a verified answer: which request part it answers, who presented it, its
/// full inspection, and the subject claims it discloses.
struct PresentedCredential
{
    QString queryId; // the input descriptor or DCQL credential query it answers
    QString format;  // jwt_vc_json, vc+jwt, dc+sd-jwt, ...
    QByteArray raw;  // the credential as presented (an SD-JWT with its disclosures and KB-JWT)
    QString holder;  // the DID (or key thumbprint) whose proof bound it to this request
    Inspection inspection;
    /// credentialSubject of a JWT-VC; the disclosed claims of an SD-JWT VC.
    QJsonObject claims;
};

/// An answer that passed every check of PresentationVerifier.
struct VerifiedPresentation
{
    QList<PresentedCredential> credentials;

    /// The credentials that answer this request part.
    QList<const PresentedCredential *> answering(const QString &queryId) const
    {
        QList<const PresentedCredential *> out;
        for (const PresentedCredential &c : credentials)
            if (c.queryId == queryId)
                out << &c;
        return out;
    }
};

} // namespace vcdesk
