#include "core/verify/DataIntegrityCheck.h"

#include "core/codec/Jcs.h"
#include "core/codec/Multibase.h"
#include "core/common/DisplayText.h"
#include "core/did/DidDocument.h"
#include "core/did/DidUrl.h"
#include "core/jsonld/BundledContexts.h"
#include "core/jsonld/JsonLdCanonicalizer.h"
#include "core/verify/CheckName.h"
#include "core/verify/ContextLoader.h"
#include "core/verify/DataIntegritySuite.h"
#include "core/verify/PlainTermPolicy.h"
#include "core/verify/SignerResolver.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace vcdesk {

namespace {

using Outcome = CheckResult::Outcome;

/// What keeps a signature from being checked at all (a context vcdesk cannot have, a document
/// past its limits, terms defined in the credential itself): unknown, which is not "forged".
/// A key vcdesk cannot use because of its kind, not because it is broken.
bool isUnsupportedKind(const QString &code)
{
    return code == QLatin1String("multikey.unsupported") ||
           code == QLatin1String("jwk.unsupported_curve") ||
           code == QLatin1String("did.unsupported_key");
}

bool isUncheckable(const Error &error)
{
    static const QStringList codes{QStringLiteral("jsonld.context_not_available"),
                                   QStringLiteral("jsonld.loading_remote_context_failed"),
                                   QStringLiteral("jsonld.too_deep"),
                                   QStringLiteral("jsonld.too_complex"),
                                   QStringLiteral("rdf.too_complex"),
                                   QStringLiteral("di.inline_context"),
                                   QStringLiteral("di.unread_member")};
    return codes.contains(error.code);
}

/// Whether `value` holds "@context" anywhere below its top level.
bool hasEmbeddedContext(const QJsonValue &value, int depth)
{
    if (depth > 64)
        return true; // deeper than any parser here lets through: treat as the worst
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            if (hasEmbeddedContext(item, depth + 1))
                return true;
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if ((depth > 0 && it.key() == QLatin1String("@context")) ||
                hasEmbeddedContext(it.value(), depth + 1))
                return true;
    }
    return false;
}

bool isPresentation(const QJsonObject &document)
{
    const QJsonValue type = document.value(QStringLiteral("type"));
    const QString presentation = QStringLiteral("VerifiablePresentation");
    return type.toString() == presentation || type.toArray().contains(QJsonValue(presentation));
}

/// The suite a proof names, as a reason names it; the BBS suites with what they would need.
QString suiteName(const QJsonObject &proof)
{
    const QString type = proof.value(QStringLiteral("type")).toString();
    const QString suite = proof.value(QStringLiteral("cryptosuite")).toString();
    const QString name = suite.isEmpty() ? type : QStringLiteral("%1 (%2)").arg(type, suite);
    // BBS signatures are pairings on BLS12-381; Debian 12 packages no library for them, and
    // pairing code is not something to write by hand.
    if (suite == QLatin1String("bbs-2023") || type.startsWith(QLatin1String("BbsBlsSignature")))
        return DataIntegrityCheck::tr("%1, which needs BLS12-381 pairings").arg(name);
    return name;
}

} // namespace

Result<QPair<QJsonObject, QJsonObject>>
DataIntegrityCheck::documentAndOptions(const QJsonObject &securedDocument, const QJsonObject &proof)
{
    QJsonObject unsecured = securedDocument;
    unsecured.remove(QStringLiteral("proof"));
    auto previous = previousProofs(securedDocument, proof);
    if (!previous)
        return previous.error();
    if (!previous->isEmpty()) // a proof chain: this proof signs the ones it names too
        unsecured.insert(QStringLiteral("proof"), previous.value());
    QJsonObject options = proof;
    options.remove(QStringLiteral("proofValue"));
    if (options.contains(QStringLiteral("@context"))) {
        // The proof's context must be where the document's starts (it is what was signed).
        const QJsonArray proofContext = options.value(QStringLiteral("@context")).isArray()
                                            ? options.value(QStringLiteral("@context")).toArray()
                                            : QJsonArray{options.value(QStringLiteral("@context"))};
        const QJsonArray docContext = unsecured.value(QStringLiteral("@context")).isArray()
                                          ? unsecured.value(QStringLiteral("@context")).toArray()
                                          : QJsonArray{unsecured.value(QStringLiteral("@context"))};
        if (proofContext.size() > docContext.size())
            return Error{QStringLiteral("di.context"),
                         tr("the proof's @context is not the document's")};
        for (qsizetype i = 0; i < proofContext.size(); ++i) {
            if (proofContext.at(i) != docContext.at(i))
                return Error{QStringLiteral("di.context"),
                             tr("the proof's @context is not the document's")};
        }
        unsecured.insert(QStringLiteral("@context"), options.value(QStringLiteral("@context")));
    } else if (unsecured.contains(QStringLiteral("@context"))) {
        options.insert(QStringLiteral("@context"), unsecured.value(QStringLiteral("@context")));
    }
    return qMakePair(unsecured, options);
}

Result<QJsonArray> DataIntegrityCheck::previousProofs(const QJsonObject &securedDocument,
                                                      const QJsonObject &proof)
{
    const QJsonValue named = proof.value(QStringLiteral("previousProof"));
    if (named.isUndefined())
        return QJsonArray();
    const QJsonArray ids = named.isArray() ? named.toArray() : QJsonArray{named};
    const QJsonValue carried = securedDocument.value(QStringLiteral("proof"));
    const QJsonArray all = carried.isArray() ? carried.toArray() : QJsonArray{carried};
    QJsonArray matching;
    QSet<QString> seenIds;
    for (const QJsonValue &id : ids) {
        if (!id.isString() || id.toString().isEmpty() || seenIds.contains(id.toString()))
            return Error{QStringLiteral("di.previous_proof"),
                         tr("previousProof must name other proofs by their ids, each once")};
        seenIds << id.toString();
        const auto carries = [&id](const QJsonValue &other) {
            return other.toObject().value(QStringLiteral("id")) == id;
        };
        const auto count = std::count_if(all.begin(), all.end(), carries);
        if (count != 1)
            return Error{QStringLiteral("di.previous_proof"),
                         count == 0
                             ? tr("the proof follows %1, which the credential does not carry")
                                   .arg(DisplayText::escape(id.toString(), 120))
                             : tr("the credential carries %1 proofs with the id %2")
                                   .arg(count)
                                   .arg(DisplayText::escape(id.toString(), 120))};
        matching.append(*std::find_if(all.begin(), all.end(), carries));
    }
    return matching;
}

Result<QByteArray> DataIntegrityCheck::hashData(const DataIntegritySuite &suite, KeyType key,
                                                const QJsonObject &securedDocument,
                                                const QJsonObject &proof,
                                                const DocumentLoader &loader)
{
    const bool rdfc = suite.canonicalization == DataIntegritySuite::Canonicalization::Rdfc;
    // The older suites know neither a proof's own @context (jsonld-signatures would keep the
    // document's, where Data Integrity puts the proof's) nor proof chains: refused rather than
    // hashed one way when the signer may have hashed another.
    if (suite.namedByProofType && proof.contains(QStringLiteral("@context")))
        return Error{QStringLiteral("di.context"),
                     tr("an %1 proof carries no @context of its own").arg(suite.name)};
    if (suite.namedByProofType && proof.contains(QStringLiteral("previousProof")))
        return Error{QStringLiteral("di.previous_proof"),
                     tr("an %1 proof cannot follow another proof").arg(suite.name)};
    // Members only by their terms' names, in the shapes vcdesk reads (PlainTermPolicy).
    if (auto plain = PlainTermPolicy::check(securedDocument); !plain)
        return plain.error();
    if (auto plain = PlainTermPolicy::check(proof); !plain)
        return plain.error();
    if (rdfc) {
        if (auto pinned = checkContextsArePinned(securedDocument); !pinned)
            return pinned.error();
        if (proof.contains(QStringLiteral("@context")))
            if (auto pinned = checkContextsArePinned(QJsonObject{
                    {QStringLiteral("@context"), proof.value(QStringLiteral("@context"))}});
                !pinned)
                return pinned.error();
    }
    auto parts = documentAndOptions(securedDocument, proof);
    if (!parts)
        return parts.error();
    const DocumentLoader &contexts = loader ? loader : BundledContexts::loader();
    const auto canonical = [&](const QJsonObject &object) {
        return rdfc ? JsonLdCanonicalizer::canonicalize(object, contexts)
                    : Jcs::canonicalize(object);
    };
    auto canonicalOptions = canonical(parts->second);
    if (!canonicalOptions)
        return canonicalOptions.error();
    auto canonicalDocument = canonical(parts->first);
    if (!canonicalDocument)
        return canonicalDocument.error();
    return DataIntegritySuite::hash(key, canonicalOptions.value()) +
           DataIntegritySuite::hash(key, canonicalDocument.value());
}

Status DataIntegrityCheck::checkContextsArePinned(const QJsonObject &securedDocument)
{
    // A term's meaning must come from a context known by its address (bundled, pinned by its
    // hash): one defined in the credential itself, or in its proof, could give a signed value
    // another name than the one shown.
    const QJsonValue context = securedDocument.value(QStringLiteral("@context"));
    const QJsonArray contexts = context.isUndefined() ? QJsonArray()
                                : context.isArray()   ? context.toArray()
                                                      : QJsonArray{context};
    for (const QJsonValue &entry : contexts)
        if (!entry.isString())
            return Error{QStringLiteral("di.inline_context"),
                         tr("the credential defines terms in its own @context, which vcdesk "
                            "cannot vouch for")};
    for (auto it = securedDocument.begin(); it != securedDocument.end(); ++it) {
        if (it.key() == QLatin1String("@context"))
            continue;
        // A proof may name its own contexts (by address, checked the same way); below that,
        // as everywhere else, a @context is one the credential defines itself.
        if (it.key() == QLatin1String("proof")) {
            const QJsonArray proofs =
                it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue &proof : proofs)
                if (proof.isObject())
                    if (auto pinned = checkContextsArePinned(proof.toObject()); !pinned)
                        return pinned;
            continue;
        }
        // A presentation's credentials name their own contexts, checked the same way (the
        // JSON reader bounds how deep presentations can nest).
        if (it.key() == QLatin1String("verifiableCredential") && isPresentation(securedDocument)) {
            const QJsonArray credentials =
                it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue &credential : credentials)
                if (auto pinned = checkContextsArePinned(credential.toObject()); !pinned)
                    return pinned;
            continue;
        }
        if (hasEmbeddedContext(it.value(), 1))
            return Error{QStringLiteral("di.inline_context"),
                         tr("the credential has a @context inside it, which vcdesk cannot "
                            "vouch for")};
    }
    return {};
}

Status DataIntegrityCheck::checkProofTimes(const QJsonObject &proof, const InspectOptions &options)
{
    const QDateTime now = options.now();
    const qint64 skew = options.clockSkewSeconds;
    // "expiration" is the older security vocabulary's second name for "expires" (the same
    // signed statement): both are read, and either can end the proof.
    for (const char *name : {"created", "expires", "expiration"}) {
        const QJsonValue value = proof.value(QLatin1String(name));
        if (value.isUndefined())
            continue;
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            return Error{QStringLiteral("di.proof_time"),
                         tr("the proof's \"%1\" is not a date and time").arg(QLatin1String(name))};
        if (qstrcmp(name, "created") != 0 && now.addSecs(-skew) >= time)
            return Error{QStringLiteral("di.proof_expired"),
                         tr("the proof expired at %1").arg(time.toUTC().toString(Qt::ISODate))};
        if (qstrcmp(name, "created") == 0 && now.addSecs(skew) < time)
            return Error{QStringLiteral("di.proof_future"),
                         tr("the proof was created in the future (%1)")
                             .arg(time.toUTC().toString(Qt::ISODate))};
    }
    return {};
}

Status DataIntegrityCheck::verifyProof(const QJsonObject &securedDocument, const QJsonObject &proof,
                                       const PublicKey &key, const DocumentLoader &loader)
{
    const DataIntegritySuite *suite = DataIntegritySuite::of(proof);
    if (!suite)
        return Error{QStringLiteral("di.suite"), tr("vcdesk does not verify this kind of proof")};
    if (auto fits = suite->acceptsKey(key.type()); !fits)
        return fits;
    auto signature = proofSignature(proof);
    if (!signature)
        return signature.error();
    auto data = hashData(*suite, key.type(), securedDocument, proof, loader);
    if (!data)
        return data.error();
    return key.verify(data.value(), signature.value());
}

Result<QByteArray> DataIntegrityCheck::proofSignature(const QJsonObject &proof)
{
    const QString proofValue = proof.value(QStringLiteral("proofValue")).toString();
    if (!proofValue.startsWith(QLatin1Char('z')))
        return Error{QStringLiteral("di.proof_value"), tr("proofValue is not base58btc multibase")};
    auto signature = Multibase::decode(proofValue.toLatin1());
    if (!signature)
        return Error{QStringLiteral("di.proof_value"), signature.error().message};
    return signature.value();
}

void DataIntegrityCheck::run(const Credential &credential, const InspectOptions &options,
                             ValidationReport &report, QJsonObject *signer, PublicKey *signerKey)
{
    const QJsonArray proofs =
        credential.proof.isArray() ? credential.proof.toArray() : QJsonArray{credential.proof};
    if (credential.proof.isUndefined() || proofs.isEmpty()) {
        report.add(CheckName::SignatureVerification, Outcome::Fail,
                   tr("the credential carries no proof, so nothing vouches for it"));
        return;
    }
    const QString purpose =
        credential.isPresentation() ? DidDocument::kAuthentication : DidDocument::kAssertionMethod;
    const DocumentLoader contexts =
        options.contextLoader ? options.contextLoader : ContextLoader::forOptions(options);
    // Every entry of a proof set must be a proof: anyone can append to the set, and what is
    // appended must not pass unseen.
    for (const QJsonValue &value : proofs)
        if (!value.isObject() || !value.toObject().value(QStringLiteral("type")).isString()) {
            report.add(CheckName::SignatureVerification, Outcome::Fail,
                       tr("the proof set carries an entry that is not a proof (no object with "
                          "a type)"));
            return;
        }
    QStringList unsupported;
    QSet<QString> unsupportedIds; // a proof that follows one of these is not checked either
    for (const QJsonValue &value : proofs)
        if (!DataIntegritySuite::of(value.toObject())) {
            unsupported << DisplayText::escape(suiteName(value.toObject()), 80);
            if (const QString id = value.toObject().value(QStringLiteral("id")).toString();
                !id.isEmpty())
                unsupportedIds << id;
        }
    QStringList verified;
    QStringList verifiedSuites;
    QStringList verifiedDids;
    const QString issuerDid = DidUrl::didOf(credential.issuer);
    for (const QJsonValue &value : proofs) {
        const QJsonObject proof = value.toObject();
        const DataIntegritySuite *suite = DataIntegritySuite::of(proof);
        if (!suite)
            continue;
        const QJsonValue previous = proof.value(QStringLiteral("previousProof"));
        const QJsonArray follows = previous.isArray() ? previous.toArray() : QJsonArray{previous};
        for (const QJsonValue &id : follows)
            if (id.isString() && unsupportedIds.contains(id.toString())) {
                report.add(CheckName::SignatureVerification, Outcome::Unknown,
                           tr("the %1 proof follows %2, a proof vcdesk cannot check")
                               .arg(suite->name, DisplayText::escape(id.toString(), 120)));
                return;
            }
        if (auto timely = checkProofTimes(proof, options); !timely) {
            report.add(CheckName::SignatureVerification, Outcome::Fail, timely.error().message);
            return;
        }
        const QString vm = proof.value(QStringLiteral("verificationMethod")).toString();
        if (proof.value(QStringLiteral("proofPurpose")).toString() != purpose) {
            report.add(CheckName::SignatureVerification, Outcome::Fail,
                       tr("the proof's purpose is \"%1\"; a %2 needs %3")
                           .arg(DisplayText::escape(
                                    proof.value(QStringLiteral("proofPurpose")).toString(), 40),
                                credential.isPresentation() ? tr("presentation") : tr("credential"),
                                purpose));
            return;
        }
        auto url = DidUrl::parse(vm);
        if (!url || !options.resolver) {
            report.add(CheckName::SignatureVerification, Outcome::Unknown,
                       tr("the verification method %1 is not a DID URL vcdesk can resolve")
                           .arg(DisplayText::escape(vm, 120)));
            return;
        }
        auto doc = options.resolver->resolve(url.value());
        if (!doc) {
            report.add(CheckName::SignatureVerification,
                       SignerResolver::isUndetermined(doc.error()) ? Outcome::Unknown
                                                                   : Outcome::Fail,
                       tr("cannot find the signing key: %1").arg(doc.error().message));
            return;
        }
        const VerificationMethod *method = doc->method(vm);
        if (method && !method->key && isUnsupportedKind(method->keyProblemCode)) {
            // A key of a kind vcdesk has no code for (P-521, BLS12-381): not checked, not forged.
            report.add(CheckName::SignatureVerification, Outcome::Unknown,
                       tr("key %1 cannot be checked: %2")
                           .arg(DisplayText::escape(vm, 120), method->keyProblem));
            return;
        }
        if (!method || !method->key) {
            report.add(
                CheckName::SignatureVerification, Outcome::Fail,
                tr("the DID document has no usable key %1").arg(DisplayText::escape(vm, 120)));
            return;
        }
        if (!doc->relationshipsOf(method->id).contains(purpose)) {
            report.add(CheckName::SignatureVerification, Outcome::Fail,
                       tr("key %1 is not authorized for %2 by its DID")
                           .arg(DisplayText::escape(vm, 120), purpose));
            return;
        }
        const Status ok = verifyProof(credential.document, proof, *method->key, contexts);
        if (!ok) {
            const bool uncheckable = isUncheckable(ok.error());
            report.add(
                CheckName::SignatureVerification, uncheckable ? Outcome::Unknown : Outcome::Fail,
                uncheckable
                    ? tr("the %1 proof cannot be checked: %2").arg(suite->name, ok.error().message)
                    : tr("the %1 proof does not verify: %2").arg(suite->name, ok.error().message));
            return;
        }
        verifiedSuites << suite->name;
        verified << DisplayText::escape(vm, 120);
        verifiedDids << doc->id();
        // The signer a report names: the issuer's proof when there is one (a chain's later
        // proofs are often a witness's or a notary's), else the first verified.
        if (verifiedDids.size() == 1 || doc->id() == issuerDid) {
            if (signer)
                *signer = method->provenance;
            if (signerKey)
                *signerKey = *method->key;
        }
    }
    if (verified.isEmpty()) {
        // Never "valid" without a verified signature: unsupported suites are reported as unknown.
        report.add(CheckName::SignatureVerification, Outcome::Unknown,
                   tr("unsupported proof suite: %1; vcdesk cannot check this signature")
                       .arg(unsupported.join(QStringLiteral(", ")).left(200)));
        return;
    }
    QString detail = tr("%1 proof by %2 verifies")
                         .arg(verifiedSuites.join(QStringLiteral(", ")),
                              verified.join(QStringLiteral(", ")).left(200));
    // Every proof of a set must verify (VC Data Integrity, "verify proof sets and chains"):
    // one vcdesk cannot check leaves the set unchecked, whatever the others say.
    if (!unsupported.isEmpty())
        detail += tr("; but the credential also carries %1, which vcdesk cannot check, and every "
                     "proof of a set must verify")
                      .arg(unsupported.join(QStringLiteral(", ")).left(120));
    report.add(CheckName::SignatureVerification,
               unsupported.isEmpty() ? Outcome::Pass : Outcome::Unknown, detail);
    const bool byIssuer = verifiedDids.contains(issuerDid);
    report.add(CheckName::IssuerIsSigner, byIssuer ? Outcome::Pass : Outcome::Fail,
               byIssuer
                   ? tr("the proof's key belongs to the issuer")
                   : tr("signed by %1 but the issuer is %2")
                         .arg(DisplayText::escape(verifiedDids.join(QStringLiteral(", ")), 160),
                              DisplayText::escape(credential.issuer, 80)));
}

} // namespace vcdesk
