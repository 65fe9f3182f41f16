#pragma once

#include "core/verify/Inspection.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// HolderBinding: is the one who signed a presentation the one its credentials were issued
/// to? If not, the presentation shows only that someone holds a copy (a stolen credential in
/// a stranger's presentation), so it is not valid.
///
/// A credential is bound to the signer when its subject is the signer's DID, or its "cnf"
/// names the signer's key: a jwk or jkt with that key's thumbprint, or a kid of the signer's
/// own DID. A cnf.jwk that carries its private part, or a cnf that is not an object naming a
/// key, binds nothing. A credential that names no holder (no subject DID, no cnf) is a
/// bearer credential: anyone holding it may present it, which the check says in words. A
/// presentation inside a presentation is bound only when the same DID signed both.
class HolderBindingCheck
{
    Q_DECLARE_TR_FUNCTIONS(HolderBindingCheck)
public:
    /// Several: the credential names more than one subject DID. Which comes first is not
    /// signed (RDF has no order), so it is tied to no single presenter: never bound.
    enum class Binding { Bound, NoHolder, Unbound, Several };
    struct Finding
    {
        Binding binding = Binding::Unbound;
        QString detail; // why, for everything but Bound
    };
    /// Who signed, as JwsSignatureCheck and DataIntegrityCheck report it: "did" and "keyId"
    /// of its signer, and the thumbprint of the very key that verified (never looked up again).
    struct Presenter
    {
        QString did;
        QString keyId;
        QString thumbprint; // computed only when a credential has a cnf to compare it with
        static Presenter of(const Inspection &signed_, bool withThumbprint);
    };

    /// How `credential` (its JWT claims in `claims`, for "cnf") is bound to `presenter`.
    static Finding bind(const Inspection &credential, const QJsonObject &claims,
                        const Presenter &presenter);
    /// Adds HolderBinding to a presentation's report, from its signer and the inspections of
    /// the credentials it carries. Adds nothing when none of them is a JWT or JSON-LD VC.
    static void run(Inspection &presentation);
    /// The claims of a JWT or SD-JWT credential (where "cnf" is), empty for other formats.
    static QJsonObject cnfClaimsOf(const Inspection &credential);
};

} // namespace vcdesk
