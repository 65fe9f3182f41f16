#include "core/verify/HolderBindingCheck.h"

#include "core/credential/CredentialParser.h"
#include "core/crypto/Jwk.h"
#include "core/did/DidUrl.h"
#include "core/verify/CheckName.h"

namespace vcdesk {

namespace {

bool isJwtCredential(const QString &format)
{
    return format == QLatin1String("jwt_vc_json") || format == QLatin1String("vc+jwt") ||
           format == QLatin1String("dc+sd-jwt") || format == QLatin1String("vc+sd-jwt");
}

bool isPresentation(const Inspection &inspection)
{
    return inspection.format == QLatin1String("jwt_vp_json") ||
           inspection.format == QLatin1String("vp+jwt") ||
           inspection.format == QLatin1String("ldp_vp");
}

bool isBindable(const Inspection &inspection)
{
    return isJwtCredential(inspection.format) || inspection.format == QLatin1String("ldp_vc") ||
           isPresentation(inspection);
}

} // namespace

HolderBindingCheck::Presenter HolderBindingCheck::Presenter::of(const Inspection &signed_,
                                                                bool withThumbprint)
{
    Presenter out;
    out.did = signed_.signer.value(QStringLiteral("did")).toString();
    out.keyId = signed_.signer.value(QStringLiteral("keyId")).toString();
    if (withThumbprint && !signed_.signerKey.isNull())
        out.thumbprint = Jwk::thumbprint(signed_.signerKey);
    return out;
}

QJsonObject HolderBindingCheck::cnfClaimsOf(const Inspection &credential)
{
    return isJwtCredential(credential.format) ? credential.payload.object() : QJsonObject();
}

HolderBindingCheck::Finding HolderBindingCheck::bind(const Inspection &credential,
                                                     const QJsonObject &claims,
                                                     const Presenter &presenter)
{
    if (isPresentation(credential)) {
        // Someone else's presentation passed on: it shows what that holder presented, not
        // what the one passing it on holds.
        const QString innerDid = credential.signer.value(QStringLiteral("did")).toString();
        if (!innerDid.isEmpty() && innerDid == presenter.did)
            return {Binding::Bound, {}};
        return {Binding::Unbound,
                tr("it is a presentation by %1, passed on inside one by %2")
                    .arg((innerDid.isEmpty() ? tr("an unknown signer") : innerDid).left(120),
                         (presenter.did.isEmpty() ? tr("another key") : presenter.did).left(120))};
    }
    // Every subject DID the credential names, not the first: an RDF-canonicalized proof does
    // not sign their order, so a non-DID id or a co-subject put first must not decide.
    // Two distinct DIDs settle it, so the comparison stops there (subjectIds itself is
    // linear in a hostile list's length).
    QStringList subjectDids;
    for (const QString &id : CredentialParser::subjectIds(credential.claims)) {
        const QString did = DidUrl::didOf(id);
        if (!did.isEmpty() && !subjectDids.contains(did))
            subjectDids << did;
        if (subjectDids.size() > 1)
            break;
    }
    const QString sub = DidUrl::didOf(credential.subject);
    if (subjectDids.isEmpty() && !sub.isEmpty())
        subjectDids << sub; // a JWT's or SD-JWT's "sub"
    if (subjectDids.size() > 1)
        return {Binding::Several,
                tr("the credential names several subjects (%1), so it is not tied to the one "
                   "presenting it")
                    .arg(subjectDids.join(QStringLiteral(", ")).left(240))};
    const QString subjectDid = subjectDids.value(0);
    if (!subjectDid.isEmpty() && subjectDid == presenter.did)
        return {Binding::Bound, {}};
    const QJsonValue cnfValue = claims.value(QStringLiteral("cnf"));
    const QJsonObject cnf = cnfValue.toObject();
    if (!cnfValue.isUndefined() && cnf.isEmpty())
        return {Binding::Unbound, tr("its cnf is not an object naming a holder key")};
    if (!cnf.isEmpty()) {
        const QJsonObject jwk = cnf.value(QStringLiteral("jwk")).toObject();
        if (Jwk::hasPrivatePart(jwk))
            return {Binding::Unbound,
                    tr("the credential's holder key (cnf.jwk) includes its private part, so "
                       "anyone who has seen the credential can present it")};
        const QString jwkThumbprint = Jwk::thumbprint(jwk).value_or(QString());
        const QString jkt = cnf.value(QStringLiteral("jkt")).toString();
        const QString kid = cnf.value(QStringLiteral("kid")).toString();
        if (!presenter.thumbprint.isEmpty() &&
            (jwkThumbprint == presenter.thumbprint || jkt == presenter.thumbprint))
            return {Binding::Bound, {}};
        // The kid must name a key of the signer itself, not any DID's.
        if (!kid.isEmpty() && kid == presenter.keyId && DidUrl::didOf(kid) == presenter.did)
            return {Binding::Bound, {}};
    }
    if (subjectDid.isEmpty() && cnf.isEmpty())
        return {Binding::NoHolder, tr("the credential names no holder (no subject DID, no cnf), "
                                      "so anyone holding it may present it")};
    const QString presenterName = presenter.did.isEmpty() ? tr("another key") : presenter.did;
    return {Binding::Unbound,
            tr("the credential was issued to %1, but %2 presented it")
                .arg((subjectDid.isEmpty() ? tr("the key in its cnf") : subjectDid).left(120),
                     presenterName.left(120))};
}

void HolderBindingCheck::run(Inspection &presentation)
{
    bool anyBindable = false;
    bool anyCnf = false;
    for (const Inspection &credential : presentation.nested) {
        anyBindable = anyBindable || isBindable(credential);
        anyCnf = anyCnf || cnfClaimsOf(credential).contains(QStringLiteral("cnf"));
    }
    if (!anyBindable)
        return;
    using Outcome = CheckResult::Outcome;
    const Presenter presenter = Presenter::of(presentation, anyCnf);
    if (presenter.did.isEmpty() && presenter.thumbprint.isEmpty()) {
        presentation.report.add(CheckName::HolderBinding, Outcome::Unknown,
                                tr("who signed the presentation is not known, so it cannot be "
                                   "tied to the credentials it carries"));
        return;
    }
    QStringList unbound;
    QStringList bearer;
    QStringList several;
    int bound = 0;
    for (std::size_t i = 0; i < presentation.nested.size(); ++i) {
        const Inspection &credential = presentation.nested.at(i);
        if (!isBindable(credential))
            continue;
        const Finding finding = bind(credential, cnfClaimsOf(credential), presenter);
        if (finding.binding == Binding::Bound) {
            ++bound;
            continue;
        }
        // Worded only for what is not bound: most presentations are, and a batch has many.
        const QString numbered = tr("credential %1: %2").arg(i + 1).arg(finding.detail);
        (finding.binding == Binding::NoHolder  ? bearer
         : finding.binding == Binding::Several ? several
                                               : unbound)
            << numbered;
    }
    if (!unbound.isEmpty()) {
        presentation.report.add(CheckName::HolderBinding, Outcome::Fail,
                                unbound.join(QStringLiteral("; ")));
        return;
    }
    if (!several.isEmpty()) {
        presentation.report.add(CheckName::HolderBinding, Outcome::Unknown,
                                several.join(QStringLiteral("; ")));
        return;
    }
    QString detail =
        tr("%n credential(s) issued to the one who signed the presentation", nullptr, bound);
    if (!bearer.isEmpty())
        detail += QStringLiteral("; ") + bearer.join(QStringLiteral("; "));
    presentation.report.add(CheckName::HolderBinding, Outcome::Pass, detail);
}

} // namespace vcdesk
