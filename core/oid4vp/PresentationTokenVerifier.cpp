#include "core/oid4vp/PresentationTokenVerifier.h"

#include "core/codec/StrictJson.h"
#include "core/common/DisplayText.h"
#include "core/credential/CredentialParser.h"
#include "core/credential/EnvelopedCredential.h"
#include "core/crypto/Jwk.h"
#include "core/jose/CompactJws.h"
#include "core/jose/JwsPayloadReuse.h"
#include "core/jose/SdJwt.h"
#include "core/verify/CheckName.h"
#include "core/verify/CredentialInspector.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vcdesk {

namespace {

const QStringList kSdJwtFormats{QStringLiteral("dc+sd-jwt"), QStringLiteral("vc+sd-jwt")};
const QStringList kVpFormats{QStringLiteral("jwt_vp_json"), QStringLiteral("vp+jwt")};
const QStringList kVcFormats{QStringLiteral("jwt_vc_json"), QStringLiteral("vc+jwt")};

Error fail(const char *check, const QString &message)
{
    return Error{QStringLiteral("presentation.") + QLatin1String(check), message};
}

/// One line per check that did not pass, the presentation's and its credentials'.
void collectProblems(const Inspection &inspection, QStringList &out, int depth = 0)
{
    for (const CheckResult &check : inspection.report.checks())
        if (check.outcome != CheckResult::Outcome::Pass &&
            check.name != CheckName::NestedCredentials)
            out << check.name + QStringLiteral(": ") + check.detail.left(200);
    if (depth < 2)
        for (const Inspection &nested : inspection.nested)
            collectProblems(nested, out, depth + 1);
}

/// A credential of a VP, as the VP's signer presented it.
PresentedCredential presentedBy(const Inspection &credential, const QByteArray &raw,
                                const QString &signerDid)
{
    PresentedCredential presented;
    presented.format = credential.format;
    presented.raw = raw;
    presented.holder = signerDid;
    presented.inspection = credential;
    const QJsonValue claims = credential.claims;
    presented.claims = claims.isArray() ? claims.toArray().first().toObject() : claims.toObject();
    return presented;
}

} // namespace

Result<int> PresentationTokenVerifier::precheck(QByteArrayView token,
                                                const ExpectedPresentation &expected)
{
    token = token.trimmed();
    if (token.startsWith('{')) {
        auto vp = StrictJson::parseObject(token);
        if (!vp)
            return fail("unreadable", tr("the presentation is unreadable: %1 [%2]")
                                          .arg(vp.error().message, vp.error().code));
        return precheckLdpVp(vp.value(), expected);
    }
    if (SdJwt::looksLikeSdJwt(token)) {
        auto sdJwt = SdJwt::parse(token);
        if (!sdJwt)
            return fail("unreadable", tr("the presentation is unreadable: %1 [%2]")
                                          .arg(sdJwt.error().message, sdJwt.error().code));
        if (sdJwt->keyBindingJwt()) {
            auto kbClaims = sdJwt->keyBindingJwt()->payloadObject();
            if (!kbClaims)
                return fail("holder_binding", kbClaims.error().message);
            if (auto bound = checkRequestBinding(kbClaims.value(), tr("key-binding JWT"), expected);
                !bound)
                return bound.error();
        }
        auto claims = sdJwt->issuerJwt().payloadObject();
        if (!claims)
            return fail("unreadable", claims.error().message);
        if (auto trusted = expected.issuers.check(claims->value(QStringLiteral("iss")).toString());
            !trusted)
            return trusted.error();
        return 1;
    }
    auto jws = CompactJws::parse(token);
    auto claims = jws ? jws->payloadObject() : Result<QJsonObject>(jws.error());
    auto vp = claims ? CredentialParser::fromJwt(jws.value(), claims.value())
                     : Result<Credential>(claims.error());
    if (!vp)
        return fail(
            "unreadable",
            tr("the presentation is unreadable: %1 [%2]").arg(vp.error().message, vp.error().code));
    if (!vp->isPresentation())
        return fail("format", tr("a %1 is not a presentation this verifier accepts (it takes a "
                                 "JWT VP or an SD-JWT VC with key binding)")
                                  .arg(vp->format.left(40)));
    if (auto bound = checkRequestBinding(claims.value(), tr("presentation"), expected); !bound)
        return bound.error();
    if (vp->embedded.isEmpty() || vp->embedded.size() > kMaxCredentials)
        return fail("unreadable", tr("the presentation carries %1 credentials (1 to %2 are read)")
                                      .arg(vp->embedded.size())
                                      .arg(kMaxCredentials));
    for (const QJsonValue &embedded : vp->embedded) {
        const auto enveloped = EnvelopedCredential::token(embedded);
        const QByteArray raw = enveloped             ? *enveloped
                               : embedded.isString() ? embedded.toString().toUtf8()
                                                     : QByteArray();
        auto inner = CompactJws::parse(raw);
        auto innerClaims = inner ? inner->payloadObject() : Result<QJsonObject>(inner.error());
        auto credential = innerClaims
                              ? CredentialParser::fromJwt(inner.value(), innerClaims.value())
                              : Result<Credential>(innerClaims.error());
        if (raw.contains('~') || !credential || credential->isPresentation())
            return fail("format", tr("a JWT VP carries JWT credentials here; one of this "
                                     "presentation's is not one"));
        if (auto trusted = expected.issuers.check(credential->issuer); !trusted)
            return trusted.error();
    }
    return int(vp->embedded.size());
}

Result<QList<PresentedCredential>>
PresentationTokenVerifier::verify(QByteArrayView token, const ExpectedPresentation &expected,
                                  const InspectOptions &options)
{
    const JwsPayloadReuse reuse; // the precheck and the verification read the same payloads
    // Refused offline when it can be: nothing is resolved or fetched for such an answer.
    if (auto cheap = precheck(token, expected); !cheap)
        return cheap.error();
    return verifyPrechecked(token, expected, options);
}

Result<QList<PresentedCredential>> PresentationTokenVerifier::verifyPrechecked(
    QByteArrayView token, const ExpectedPresentation &expected, const InspectOptions &options)
{
    auto inspection = CredentialInspector::inspect(token, options);
    if (!inspection)
        return fail("unreadable", tr("the presentation is unreadable: %1 [%2]")
                                      .arg(inspection.error().message, inspection.error().code));
    if (kSdJwtFormats.contains(inspection->format))
        return sdJwt(token, std::move(inspection).value(), expected);
    if (kVpFormats.contains(inspection->format))
        return jwtVp(token, std::move(inspection).value(), expected);
    if (inspection->format == QLatin1String("ldp_vp"))
        return ldpVp(StrictJson::parseObject(token.trimmed()).value_or(QJsonObject{}),
                     std::move(inspection).value(), expected);
    return fail("format", tr("a %1 is not a presentation this verifier accepts (it takes a JWT "
                             "VP, a JSON-LD VP or an SD-JWT VC with key binding)")
                              .arg(inspection->format.left(40)));
}

Result<QList<PresentedCredential>>
PresentationTokenVerifier::sdJwt(QByteArrayView token, Inspection inspection,
                                 const ExpectedPresentation &expected)
{
    auto parsed = SdJwt::parse(token.trimmed());
    if (!parsed)
        return fail("unreadable", parsed.error().message);
    if (!parsed->keyBindingJwt()) {
        if (expected.requireHolderBinding)
            return fail("holder_binding",
                        tr("the SD-JWT VC has no key-binding JWT, so nothing shows that its "
                           "holder presented it for this request"));
    } else {
        auto kbClaims = parsed->keyBindingJwt()->payloadObject();
        if (!kbClaims)
            return fail("holder_binding", kbClaims.error().message);
        if (auto bound = checkRequestBinding(kbClaims.value(), tr("key-binding JWT"), expected);
            !bound)
            return bound.error();
    }
    // A credential that fails its own checks is "not valid", whatever its binding; one that
    // passes them all but KeyBinding (signature by the cnf key, sd_hash) was not presented by
    // its holder.
    const CheckResult *keyBinding = inspection.report.check(CheckName::KeyBinding);
    if (!passesAllBut(inspection, CheckName::KeyBinding))
        return notValid(inspection, tr("the SD-JWT VC"));
    if (parsed->keyBindingJwt() &&
        (!keyBinding || keyBinding->outcome != CheckResult::Outcome::Pass))
        return fail("holder_binding", keyBinding ? keyBinding->detail
                                                 : tr("the key-binding JWT could not be checked"));
    if (inspection.report.verdict() != ValidationReport::Verdict::Valid)
        return notValid(inspection, tr("the SD-JWT VC"));
    if (auto trusted = checkIssuer(inspection, expected); !trusted)
        return trusted.error();
    PresentedCredential presented;
    presented.format = inspection.format;
    presented.raw = token.trimmed().toByteArray();
    const QJsonObject cnf = parsed->issuerJwt()
                                .payloadObject()
                                .value_or(QJsonObject{})
                                .value(QStringLiteral("cnf"))
                                .toObject();
    presented.holder =
        Jwk::thumbprint(cnf.value(QStringLiteral("jwk")).toObject()).value_or(QString());
    presented.claims = inspection.claims.toObject();
    presented.inspection = std::move(inspection);
    return QList<PresentedCredential>{presented};
}

Result<QList<PresentedCredential>>
PresentationTokenVerifier::jwtVp(QByteArrayView token, Inspection inspection,
                                 const ExpectedPresentation &expected)
{
    const QJsonObject vpClaims = inspection.payload.object();
    if (auto bound = checkRequestBinding(vpClaims, tr("presentation"), expected); !bound)
        return bound.error();
    // Holder binding is judged below, credential by credential, with its own error.
    if (!passesAllBut(inspection, CheckName::HolderBinding))
        return notValid(inspection, tr("the presentation"));
    // The embedded credentials in their original form, in the order the inspection saw them.
    auto jws = CompactJws::parse(token.trimmed());
    auto parsed =
        jws ? CredentialParser::fromJwt(jws.value(), vpClaims) : Result<Credential>(jws.error());
    if (!parsed)
        return fail("unreadable", parsed.error().message);
    const QList<QJsonValue> &embedded = parsed->embedded;
    if (embedded.isEmpty() || qsizetype(inspection.nested.size()) != embedded.size())
        return fail("unreadable", tr("the presentation carries no credential it can show"));

    // The signer's key thumbprint (a DID lookup, a JWK and a hash) is only read for a
    // credential bound by "cnf".
    const bool anyCnf = std::any_of(
        inspection.nested.begin(), inspection.nested.end(), [](const Inspection &credential) {
            return credential.payload.object().contains(QStringLiteral("cnf"));
        });
    const auto presenter = HolderBindingCheck::Presenter::of(inspection, anyCnf);
    const QString &signerDid = presenter.did;
    if (signerDid.isEmpty())
        return fail("holder_binding", tr("the presentation's signer is not a DID"));

    QList<PresentedCredential> out;
    for (qsizetype i = 0; i < embedded.size(); ++i) {
        const Inspection &credential = inspection.nested.at(size_t(i));
        const auto enveloped = EnvelopedCredential::token(embedded.at(i));
        const QByteArray raw = enveloped                   ? *enveloped
                               : embedded.at(i).isString() ? embedded.at(i).toString().toUtf8()
                                                           : QByteArray();
        if (raw.isEmpty() || raw.contains('~') || !kVcFormats.contains(credential.format))
            return fail("format", tr("credential %1 of the presentation is a %2; a JWT VP "
                                     "carries JWT credentials here")
                                      .arg(i + 1)
                                      .arg(credential.format.left(40)));
        if (auto bound = checkBoundTo(credential, credential.payload.object(), presenter,
                                      expected.requireHolderBinding);
            !bound)
            return bound.error();
        if (auto trusted = checkIssuer(credential, expected); !trusted)
            return trusted.error();
        out << presentedBy(credential, raw, signerDid);
    }
    return out;
}

Result<int> PresentationTokenVerifier::precheckLdpVp(const QJsonObject &vp,
                                                     const ExpectedPresentation &expected)
{
    auto parsed = CredentialParser::fromJsonLd(vp);
    if (!parsed) // JSON, but not a W3C credential or presentation
        return fail("format", tr("the answer is not a presentation this verifier accepts: %1 [%2]")
                                  .arg(parsed.error().message, parsed.error().code));
    if (!parsed->isPresentation())
        return fail("format", tr("a JSON-LD credential on its own is not a presentation: "
                                 "nothing shows its holder presented it for this request"));
    if (auto bound = checkProofBinding(vp, expected); !bound)
        return bound.error();
    if (parsed->embedded.isEmpty() || parsed->embedded.size() > kMaxCredentials)
        return fail("unreadable", tr("the presentation carries %1 credentials (1 to %2 are read)")
                                      .arg(parsed->embedded.size())
                                      .arg(kMaxCredentials));
    for (const QJsonValue &embedded : std::as_const(parsed->embedded)) {
        // An enveloped credential is inspected as what its data: URL holds, but would be
        // matched as the object around it: only credentials given as themselves are taken.
        auto credential = embedded.isObject() && !EnvelopedCredential::token(embedded)
                              ? CredentialParser::fromJsonLd(embedded.toObject())
                              : Result<Credential>(Error{});
        if (!credential || credential->isPresentation())
            return fail("format", tr("a JSON-LD VP carries JSON-LD credentials here; one of "
                                     "this presentation's is not one"));
        if (auto trusted = expected.issuers.check(credential->issuer); !trusted)
            return trusted.error();
    }
    return int(parsed->embedded.size());
}

Status PresentationTokenVerifier::checkProofBinding(const QJsonObject &vp,
                                                    const ExpectedPresentation &expected)
{
    // One proof: in a set, each proof would need its own binding, and one bound proof beside
    // an unbound one proves nothing about the other's signer.
    const QJsonValue proofValue = vp.value(QStringLiteral("proof"));
    if (!proofValue.isObject())
        return fail("holder_binding", tr("a JSON-LD presentation needs exactly one proof by its "
                                         "holder"));
    const QJsonObject proof = proofValue.toObject();
    if (proof.value(QStringLiteral("proofPurpose")).toString() != QLatin1String("authentication"))
        return fail("holder_binding", tr("the presentation's proof is not made for "
                                         "authentication"));
    const QJsonValue challenge = proof.value(QStringLiteral("challenge"));
    if (!challenge.isString() || challenge.toString() != expected.nonce)
        return fail("nonce", challenge.isUndefined()
                                 ? tr("the presentation's proof has no challenge")
                                 : tr("the presentation was made for another request (its "
                                      "challenge is not this request's nonce)"));
    const QJsonValue domain = proof.value(QStringLiteral("domain"));
    const QJsonArray domains = domain.isArray() ? domain.toArray() : QJsonArray{domain};
    for (const QJsonValue &one : domains)
        if (one.isString() && expected.audiences.contains(one.toString()))
            return {};
    QStringList named;
    for (const QJsonValue &one : domains)
        named << one.toString();
    return fail("audience", tr("the presentation is meant for another verifier (domain %1)")
                                .arg(DisplayText::escape(named.join(QStringLiteral(", ")), 160)));
}

Result<QList<PresentedCredential>>
PresentationTokenVerifier::ldpVp(const QJsonObject &vp, Inspection inspection,
                                 const ExpectedPresentation &expected)
{
    if (auto bound = checkProofBinding(vp, expected); !bound)
        return bound.error();
    if (!passesAllBut(inspection, CheckName::HolderBinding))
        return notValid(inspection, tr("the presentation"));
    const auto presenter = HolderBindingCheck::Presenter::of(inspection, false);
    const QString &signerDid = presenter.did;
    if (signerDid.isEmpty())
        return fail("holder_binding", tr("the presentation's signer is not a DID"));
    const QJsonValue holder = vp.value(QStringLiteral("holder"));
    const QString holderId = holder.isObject()
                                 ? holder.toObject().value(QStringLiteral("id")).toString()
                                 : holder.toString();
    if (!holder.isUndefined() && holderId != signerDid)
        return fail("holder_binding",
                    tr("the presentation names %1 as its holder, but %2 signed it")
                        .arg(DisplayText::escape(holderId, 120), signerDid.left(120)));
    const QJsonValue listed = vp.value(QStringLiteral("verifiableCredential"));
    const QJsonArray embedded = listed.isArray() ? listed.toArray() : QJsonArray{listed};
    if (embedded.isEmpty() || qsizetype(inspection.nested.size()) != embedded.size())
        return fail("unreadable", tr("the presentation carries no credential it can show"));
    QList<PresentedCredential> out;
    for (qsizetype i = 0; i < embedded.size(); ++i) {
        const Inspection &credential = inspection.nested.at(size_t(i));
        if (!embedded.at(i).isObject() || EnvelopedCredential::token(embedded.at(i)) ||
            credential.format != QLatin1String("ldp_vc"))
            return fail("format", tr("credential %1 of the presentation is a %2; a JSON-LD VP "
                                     "carries JSON-LD credentials here")
                                      .arg(i + 1)
                                      .arg(credential.format.left(40)));
        if (auto bound = checkBoundTo(credential, {}, presenter, expected.requireHolderBinding);
            !bound)
            return bound.error();
        if (auto trusted = checkIssuer(credential, expected); !trusted)
            return trusted.error();
        out << presentedBy(credential,
                           QJsonDocument(embedded.at(i).toObject()).toJson(QJsonDocument::Compact),
                           signerDid);
    }
    return out;
}

Status PresentationTokenVerifier::checkRequestBinding(const QJsonObject &claims,
                                                      const QString &what,
                                                      const ExpectedPresentation &expected)
{
    const QJsonValue nonce = claims.value(QStringLiteral("nonce"));
    if (!nonce.isString() || nonce.toString() != expected.nonce)
        return fail("nonce", nonce.isUndefined()
                                 ? tr("the %1 has no nonce").arg(what)
                                 : tr("the %1 was made for another request (its nonce is not "
                                      "this request's)")
                                       .arg(what));
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    QStringList audiences;
    if (aud.isString())
        audiences << aud.toString();
    for (const QJsonValue &one : aud.toArray())
        audiences << one.toString();
    for (const QString &audience : audiences)
        if (!audience.isEmpty() && expected.audiences.contains(audience))
            return {};
    return fail("audience", tr("the %1 is meant for another verifier (aud %2)")
                                .arg(what, audiences.join(QStringLiteral(", ")).left(160)));
}

Status PresentationTokenVerifier::checkBoundTo(const Inspection &credential,
                                               const QJsonObject &credentialClaims,
                                               const HolderBindingCheck::Presenter &presenter,
                                               bool required)
{
    using Binding = HolderBindingCheck::Binding;
    const auto finding = HolderBindingCheck::bind(credential, credentialClaims, presenter);
    if (finding.binding == Binding::Bound || (finding.binding == Binding::NoHolder && !required))
        return {};
    return fail("holder_binding", finding.detail);
}

bool PresentationTokenVerifier::passesAllBut(const Inspection &inspection, const QString &except)
{
    // Never true of a report whose only check is the excepted one (or that has none).
    const CheckResult *signature = inspection.report.check(CheckName::SignatureVerification);
    const auto &checks = inspection.report.checks();
    return signature && signature->outcome == CheckResult::Outcome::Pass &&
           std::all_of(checks.cbegin(), checks.cend(), [&](const CheckResult &check) {
               return check.name == except || check.outcome == CheckResult::Outcome::Pass;
           });
}

Status PresentationTokenVerifier::checkIssuer(const Inspection &credential,
                                              const ExpectedPresentation &expected)
{
    return expected.issuers.check(credential.issuer);
}

Error PresentationTokenVerifier::notValid(const Inspection &inspection, const QString &what)
{
    QStringList problems;
    collectProblems(inspection, problems);
    return fail("not_valid",
                tr("%1 is not valid: %2").arg(what, problems.join(QStringLiteral("; ")).left(600)));
}

} // namespace vcdesk
