#include "core/verify/HolderBindingCheck.h"

#include "core/crypto/Jwk.h"
#include "core/did/DidResolver.h"
#include "core/did/DidUrl.h"
#include "core/verify/CheckName.h"

namespace vcdesk {

namespace {

bool isJwtCredential(const QString &format)
{
    return format == QLatin1String("jwt_vc_json") || format == QLatin1String("vc+jwt");
}

bool isBindable(const Inspection &credential)
{
    return isJwtCredential(credential.format) || credential.format == QLatin1String("ldp_vc");
}

} // namespace

HolderBindingCheck::Presenter HolderBindingCheck::Presenter::of(const QJsonObject &signer,
                                                                bool withThumbprint,
                                                                const InspectOptions &options)
{
    Presenter out;
    out.did = signer.value(QStringLiteral("did")).toString();
    out.keyId = signer.value(QStringLiteral("keyId")).toString();
    out.thumbprint = signer.value(QStringLiteral("thumbprint")).toString();
    if (!withThumbprint || !out.thumbprint.isEmpty() || !options.resolver)
        return out;
    auto url = DidUrl::parse(out.did);
    if (!url)
        return out;
    // Resolved a moment ago to verify the signature: the resolver's cache answers.
    auto document = options.resolver->resolve(url.value());
    if (!document)
        return out;
    const VerificationMethod *method = document->method(out.keyId);
    if (method && method->key)
        out.thumbprint = Jwk::thumbprint(*method->key);
    return out;
}

QJsonObject HolderBindingCheck::cnfClaimsOf(const Inspection &credential)
{
    return isJwtCredential(credential.format) ? credential.payload.toObject() : QJsonObject();
}

HolderBindingCheck::Finding HolderBindingCheck::bind(const Inspection &credential,
                                                     const QJsonObject &claims,
                                                     const Presenter &presenter)
{
    const QString subjectDid = DidUrl::didOf(credential.subject);
    if (!subjectDid.isEmpty() && subjectDid == presenter.did)
        return {Binding::Bound, {}};
    const QJsonObject cnf = claims.value(QStringLiteral("cnf")).toObject();
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

void HolderBindingCheck::run(Inspection &presentation, const InspectOptions &options)
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
    const Presenter presenter = Presenter::of(presentation.signer, anyCnf, options);
    if (presenter.did.isEmpty() && presenter.thumbprint.isEmpty()) {
        presentation.report.add(CheckName::HolderBinding, Outcome::Unknown,
                                tr("who signed the presentation is not known, so it cannot be "
                                   "tied to the credentials it carries"));
        return;
    }
    QStringList unbound;
    QStringList bearer;
    int bound = 0;
    for (std::size_t i = 0; i < presentation.nested.size(); ++i) {
        const Inspection &credential = presentation.nested.at(i);
        if (!isBindable(credential))
            continue;
        const Finding finding = bind(credential, cnfClaimsOf(credential), presenter);
        const QString numbered = tr("credential %1: %2").arg(i + 1).arg(finding.detail);
        if (finding.binding == Binding::Bound)
            ++bound;
        else if (finding.binding == Binding::NoHolder)
            bearer << numbered;
        else
            unbound << numbered;
    }
    if (!unbound.isEmpty()) {
        presentation.report.add(CheckName::HolderBinding, Outcome::Fail,
                                unbound.join(QStringLiteral("; ")));
        return;
    }
    QString detail =
        tr("%n credential(s) issued to the one who signed the presentation", nullptr, bound);
    if (!bearer.isEmpty())
        detail += QStringLiteral("; ") + bearer.join(QStringLiteral("; "));
    presentation.report.add(CheckName::HolderBinding, Outcome::Pass, detail);
}

} // namespace vcdesk
