#include "core/verify/JwsSignatureCheck.h"

#include "core/crypto/Jwk.h"
#include "core/did/DidUrl.h"
#include "core/jose/JwsVerifier.h"
#include "core/verify/CheckName.h"
#include "core/verify/SignerResolver.h"

namespace vcdesk {

namespace {

using Outcome = CheckResult::Outcome;

/// Long DIDs (did:prism long form is ~250 characters) shortened for messages.
QString shortDid(const QString &did)
{
    return did.size() > 64 ? did.left(56) + QStringLiteral("…") : did;
}

} // namespace

QJsonObject JwsSignatureCheck::run(const CompactJws &jws, const QString &issuer,
                                   const QString &relationship, const InspectOptions &options,
                                   ValidationReport &report, PublicKey *key)
{
    QJsonObject signer;
    if (auto header = JwsVerifier::checkHeader(jws); !header) {
        report.add(CheckName::SignatureVerification, Outcome::Fail, header.error().message);
        return signer;
    }
    if (jws.isUnsigned()) {
        report.add(CheckName::SignatureVerification, Outcome::Fail,
                   tr("the token is unsigned (its signature is empty)"));
        return signer;
    }

    const QString issuerDid = DidUrl::didOf(issuer);
    if (options.key) {
        const QString thumbprint = Jwk::thumbprint(*options.key);
        signer = QJsonObject{{QStringLiteral("source"), QStringLiteral("key")},
                             {QStringLiteral("thumbprint"), thumbprint}};
        auto verified = JwsVerifier::verify(jws, *options.key);
        report.add(CheckName::SignatureVerification, verified ? Outcome::Pass : Outcome::Fail,
                   verified ? tr("verified with the given %1 key (thumbprint %2)")
                                  .arg(keytype::jwkCurve(options.key->type()), thumbprint)
                            : verified.error().message);
        if (verified && key)
            *key = *options.key;
        if (issuerDid.isEmpty() || !options.resolver)
            return signer;
        // Does the operator's key belong to the issuer the token names?
        auto url = DidUrl::parse(issuerDid);
        auto doc = options.resolver->resolve(url.value());
        if (!doc) {
            report.add(CheckName::IssuerIsSigner, Outcome::Unknown,
                       tr("cannot tell whether the given key belongs to issuer %1: %2")
                           .arg(shortDid(issuerDid), doc.error().message));
            return signer;
        }
        for (const VerificationMethod &vm : doc->methods()) {
            if (vm.key && *vm.key == *options.key) {
                // The given key is the DID's: the signer is that DID (for holder binding too).
                signer.insert(QStringLiteral("did"), doc->id());
                signer.insert(QStringLiteral("keyId"), vm.id);
                report.add(CheckName::IssuerIsSigner, Outcome::Pass,
                           tr("the given key is %1 of the issuer's DID").arg(vm.id.left(160)));
                return signer;
            }
        }
        report.add(CheckName::IssuerIsSigner, Outcome::Fail,
                   tr("the given key is not a key of the issuer %1").arg(shortDid(issuerDid)));
        return signer;
    }

    if (!options.resolver) {
        report.add(CheckName::SignatureVerification, Outcome::Unknown,
                   tr("no key was given and DIDs are not resolved"));
        return signer;
    }
    auto candidates = SignerResolver(options.resolver).candidates(jws, issuer);
    if (!candidates) {
        const Error &error = candidates.error();
        report.add(CheckName::SignatureVerification,
                   SignerResolver::isUndetermined(error) ? Outcome::Unknown : Outcome::Fail,
                   tr("cannot find the signing key: %1").arg(error.message));
        return signer;
    }

    const SignerCandidate *found = nullptr;
    QString lastError;
    for (const SignerCandidate &candidate : candidates.value()) {
        if (keytype::jwsAlgorithm(candidate.key.type()) != jws.algorithm())
            continue;
        // The header and the empty signature were checked above and the key's algorithm is
        // the token's: all JwsVerifier::verify() would check again before this call.
        auto verified = candidate.key.verify(jws.signingInput(), jws.signature());
        if (verified) {
            found = &candidate;
            break;
        }
        lastError = verified.error().message;
    }
    if (!found) {
        // What was tried is only worth spelling out when nothing verified: every candidate
        // with the token's algorithm, in order.
        QStringList tried;
        QStringList triedWithUse;
        for (const SignerCandidate &candidate : candidates.value()) {
            if (keytype::jwsAlgorithm(candidate.key.type()) != jws.algorithm())
                continue;
            const QString fragment = candidate.keyId.mid(candidate.keyId.indexOf(QLatin1Char('#')));
            tried << fragment;
            triedWithUse << QStringLiteral("%1 (%2)").arg(
                fragment, candidate.relationships.isEmpty() ? tr("no relationship")
                                                            : candidate.relationshipsText);
        }
        const SignerCandidate &first = candidates->first();
        if (tried.isEmpty()) {
            report.add(CheckName::SignatureVerification, Outcome::Fail,
                       tr("%1 has no %2 key that could have made this signature")
                           .arg(shortDid(first.did), jws.algorithm()));
        } else if (!first.caveat.isEmpty()) {
            // The document may lack the signing key (e.g. added by a did:prism update), so a
            // mismatch cannot be called a forgery; it is not valid either.
            report.add(CheckName::SignatureVerification, Outcome::Unknown,
                       tr("none of the keys of %1 verifies the signature (tried %2); the DID "
                          "document was %3, so the signer cannot be confirmed")
                           .arg(shortDid(first.did), triedWithUse.join(QStringLiteral(", ")),
                                first.caveat));
        } else {
            report.add(CheckName::SignatureVerification, Outcome::Fail,
                       tr("the signature does not verify with any key of %1 (tried %2): %3")
                           .arg(shortDid(first.did), tried.join(QStringLiteral(", ")), lastError));
        }
        return signer;
    }

    signer = found->provenance;
    if (key)
        *key = found->key;
    const QString used = found->relationships.isEmpty() ? tr("no verification relationship")
                                                        : found->relationshipsText;
    if (!relationship.isEmpty() && !found->relationships.contains(relationship)) {
        report.add(CheckName::SignatureVerification, Outcome::Fail,
                   tr("the signature is mathematically valid with key %1, but that DID lists the "
                      "key only for %2, not for %3, so it is not authorized to sign this")
                       .arg(found->keyId, used, relationship));
    } else if (relationship.isEmpty() && found->relationships.isEmpty()) {
        report.add(CheckName::SignatureVerification, Outcome::Fail,
                   tr("key %1 verifies the signature but its DID authorizes it for nothing")
                       .arg(found->keyId));
    } else {
        report.add(CheckName::SignatureVerification, Outcome::Pass,
                   tr("signed with %1 by %2 (%3)").arg(jws.algorithm(), found->keyId, used));
    }

    if (!issuerDid.isEmpty()) {
        const bool same = issuerDid == found->did;
        report.add(CheckName::IssuerIsSigner, same ? Outcome::Pass : Outcome::Fail,
                   same ? tr("the signing key belongs to the issuer %1").arg(shortDid(issuerDid))
                        : tr("signed by %1 but the issuer is %2")
                              .arg(shortDid(found->did), shortDid(issuerDid)));
    } else if (!issuer.isEmpty()) {
        report.add(CheckName::IssuerIsSigner, Outcome::Unknown,
                   tr("the issuer \"%1\" is not a DID, so it cannot be tied to the key")
                       .arg(issuer.left(120)));
    }
    return signer;
}

} // namespace vcdesk
