#include "core/verify/SignerResolver.h"

namespace vcdesk {

namespace {

SignerCandidate candidateFor(const DidDocument &doc, const VerificationMethod &vm)
{
    return SignerCandidate{.key = *vm.key,
                           .keyId = vm.id,
                           .did = doc.id(),
                           .relationships = vm.relationships,
                           .relationshipsText = vm.relationshipsText,
                           .caveat = doc.caveat(),
                           .provenance = vm.provenance};
}

} // namespace

bool SignerResolver::isUndetermined(const Error &error)
{
    return error.code == QLatin1String("did.unsupported_method") ||
           error.code == QLatin1String("did.unresolvable") ||
           error.code == QLatin1String("did.prism.short_form") ||
           error.code == QLatin1String("did.key.unsupported_curve") ||
           error.code == QLatin1String("signer.none");
}

Result<QList<SignerCandidate>> SignerResolver::candidates(const CompactJws &jws,
                                                          const QString &issuer) const
{
    const QString kid = jws.keyId();
    QString didText;
    QString methodRef;
    if (kid.startsWith(QLatin1String("did:"))) {
        methodRef = kid;
        didText = kid;
    } else if (issuer.startsWith(QLatin1String("did:"))) {
        didText = issuer;
        if (!kid.isEmpty())
            methodRef = kid.startsWith(QLatin1Char('#')) ? kid : QLatin1Char('#') + kid;
    } else {
        const bool ownKey = jws.header().contains(QStringLiteral("jwk")) ||
                            jws.header().contains(QStringLiteral("jku")) ||
                            jws.header().contains(QStringLiteral("x5c")) ||
                            jws.header().contains(QStringLiteral("x5u"));
        return Error{QStringLiteral("signer.none"),
                     ownKey ? tr("the token only carries or points to its own key (jwk/jku/x5c/"
                                 "x5u header), which proves nothing on its own; give a trusted "
                                 "key or use a DID")
                            : tr("the token names no DID (kid or iss) to take the key from, and "
                                 "no key was given")};
    }

    auto url = DidUrl::parse(didText);
    if (!url)
        return url.error();
    auto doc = m_resolver->resolve(url.value());
    if (!doc)
        return doc.error();

    QList<SignerCandidate> out;
    if (!methodRef.isEmpty()) {
        const QString ref =
            methodRef.startsWith(QLatin1Char('#')) ? url->did() + methodRef : methodRef;
        const VerificationMethod *vm = doc->method(ref);
        if (!vm)
            return Error{QStringLiteral("signer.kid_not_found"),
                         tr("the DID document of %1 has no key \"%2\"")
                             .arg(url->did().left(80), ref.left(160))};
        if (!vm->key)
            return Error{QStringLiteral("signer.key_unusable"),
                         tr("key %1 cannot be used: %2").arg(vm->id.left(160), vm->keyProblem)};
        out.append(candidateFor(doc.value(), *vm));
        return out;
    }
    for (const VerificationMethod &vm : doc->methods()) {
        if (vm.key)
            out.append(candidateFor(doc.value(), vm));
    }
    if (out.isEmpty())
        return Error{
            QStringLiteral("signer.no_keys"),
            tr("the DID document of %1 has no usable signature key").arg(url->did().left(120))};
    return out;
}

} // namespace vcdesk
