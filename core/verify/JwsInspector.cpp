#include "core/verify/JwsInspector.h"

#include "core/crypto/Jwk.h"
#include "core/did/DidUrl.h"
#include "core/jose/CompactJws.h"
#include "core/jose/JwsVerifier.h"
#include "core/verify/SignerResolver.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

using Outcome = CheckResult::Outcome;

const QString kSignature = QStringLiteral("SignatureVerification");
const QString kIssuerIsSigner = QStringLiteral("IssuerIsSigner");
const QString kValidity = QStringLiteral("ValidityPeriod");

QString issuerOf(const QJsonObject &claims)
{
    if (claims.value(QStringLiteral("iss")).isString())
        return claims.value(QStringLiteral("iss")).toString();
    const QJsonValue issuer =
        claims.value(QStringLiteral("vc")).toObject().value(QStringLiteral("issuer"));
    if (issuer.isObject())
        return issuer.toObject().value(QStringLiteral("id")).toString();
    return issuer.toString();
}

QString didPart(const QString &text)
{
    auto url = DidUrl::parse(text);
    return url ? url->did() : QString();
}

/// Long DIDs (did:prism long form is ~250 characters) shortened for messages.
QString shortDid(const QString &did)
{
    return did.size() > 64 ? did.left(56) + QStringLiteral("…") : did;
}

QString formatTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QJsonObject Inspection::toJson() const
{
    return QJsonObject{
        {QStringLiteral("format"), format},
        {QStringLiteral("header"), header},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("signer"), signer},
        {QStringLiteral("checks"), report.checksJson()},
        {QStringLiteral("verdict"), ValidationReport::verdictName(report.verdict())}};
}

Result<Inspection> JwsInspector::inspect(QByteArrayView input, const InspectOptions &options)
{
    auto jws = CompactJws::parse(input);
    if (!jws)
        return jws.error();

    Inspection out;
    out.header = jws->header();
    auto claims = jws->payloadObject();
    QString relationship;
    if (claims) {
        out.payload = claims.value();
        if (claims->contains(QStringLiteral("vp"))) {
            out.format = QStringLiteral("jwt_vp_json");
            relationship = DidDocument::kAuthentication;
        } else if (claims->contains(QStringLiteral("vc"))) {
            out.format = QStringLiteral("jwt_vc_json");
            relationship = DidDocument::kAssertionMethod;
        } else {
            out.format = QStringLiteral("jws");
        }
    } else {
        out.format = QStringLiteral("jws");
        out.payload = QString::fromUtf8(jws->payload().left(64 * 1024));
    }
    const QString issuer = claims ? issuerOf(claims.value()) : QString();
    checkSignature(jws.value(), issuer, relationship, options, out);
    if (claims)
        checkValidityPeriod(claims.value(), options, out);
    return out;
}

void JwsInspector::checkSignature(const CompactJws &jws, const QString &issuer,
                                  const QString &relationship, const InspectOptions &options,
                                  Inspection &out)
{
    ValidationReport &report = out.report;
    if (auto header = JwsVerifier::checkHeader(jws); !header) {
        report.add(kSignature, Outcome::Fail, header.error().message);
        return;
    }
    if (jws.isUnsigned()) {
        report.add(kSignature, Outcome::Fail, tr("the token is unsigned (its signature is empty)"));
        return;
    }

    const QString issuerDid = didPart(issuer);
    if (options.key) {
        const QString thumbprint = Jwk::thumbprint(*options.key);
        out.signer = QJsonObject{{QStringLiteral("source"), QStringLiteral("key")},
                                 {QStringLiteral("thumbprint"), thumbprint}};
        auto verified = JwsVerifier::verify(jws, *options.key);
        report.add(kSignature, verified ? Outcome::Pass : Outcome::Fail,
                   verified ? tr("verified with the given %1 key (thumbprint %2)")
                                  .arg(keytype::jwkCurve(options.key->type()), thumbprint)
                            : verified.error().message);
        if (issuerDid.isEmpty() || !options.resolver)
            return;
        // Does the operator's key belong to the issuer the token names?
        auto url = DidUrl::parse(issuerDid);
        auto doc = options.resolver->resolve(url.value());
        if (!doc) {
            report.add(kIssuerIsSigner, Outcome::Unknown,
                       tr("cannot tell whether the given key belongs to issuer %1: %2")
                           .arg(shortDid(issuerDid), doc.error().message));
            return;
        }
        for (const VerificationMethod &vm : doc->methods()) {
            if (vm.key && *vm.key == *options.key) {
                report.add(kIssuerIsSigner, Outcome::Pass,
                           tr("the given key is %1 of the issuer's DID").arg(vm.id.left(160)));
                return;
            }
        }
        report.add(kIssuerIsSigner, Outcome::Fail,
                   tr("the given key is not a key of the issuer %1").arg(shortDid(issuerDid)));
        return;
    }

    if (!options.resolver) {
        report.add(kSignature, Outcome::Unknown, tr("no key was given and DIDs are not resolved"));
        return;
    }
    auto candidates = SignerResolver(options.resolver).candidates(jws, issuer);
    if (!candidates) {
        const Error &error = candidates.error();
        report.add(kSignature,
                   SignerResolver::isUndetermined(error) ? Outcome::Unknown : Outcome::Fail,
                   tr("cannot find the signing key: %1").arg(error.message));
        return;
    }

    const SignerCandidate *signer = nullptr;
    QString lastError;
    QStringList tried;
    QStringList triedWithUse;
    for (const SignerCandidate &candidate : candidates.value()) {
        if (keytype::jwsAlgorithm(candidate.key.type()) != jws.algorithm())
            continue;
        const QString fragment = candidate.keyId.mid(candidate.keyId.indexOf(QLatin1Char('#')));
        tried << fragment;
        triedWithUse << QStringLiteral("%1 (%2)").arg(
            fragment, candidate.relationships.isEmpty()
                          ? tr("no relationship")
                          : candidate.relationships.join(QStringLiteral(", ")));
        auto verified = JwsVerifier::verify(jws, candidate.key);
        if (verified) {
            signer = &candidate;
            break;
        }
        lastError = verified.error().message;
    }
    if (!signer) {
        const SignerCandidate &first = candidates->first();
        if (tried.isEmpty()) {
            report.add(kSignature, Outcome::Fail,
                       tr("%1 has no %2 key that could have made this signature")
                           .arg(shortDid(first.did), jws.algorithm()));
        } else if (!first.caveat.isEmpty()) {
            // The document may lack the signing key (e.g. added by a did:prism update), so a
            // mismatch cannot be called a forgery; it is not valid either.
            report.add(kSignature, Outcome::Unknown,
                       tr("none of the keys of %1 verifies the signature (tried %2); the DID "
                          "document was %3, so the signer cannot be confirmed")
                           .arg(shortDid(first.did), triedWithUse.join(QStringLiteral(", ")),
                                first.caveat));
        } else {
            report.add(kSignature, Outcome::Fail,
                       tr("the signature does not verify with any key of %1 (tried %2): %3")
                           .arg(shortDid(first.did), tried.join(QStringLiteral(", ")), lastError));
        }
        return;
    }

    out.signer = QJsonObject{
        {QStringLiteral("source"), QStringLiteral("did")},
        {QStringLiteral("keyId"), signer->keyId},
        {QStringLiteral("did"), signer->did},
        {QStringLiteral("relationships"), QJsonArray::fromStringList(signer->relationships)}};
    const QString used = signer->relationships.isEmpty()
                             ? tr("no verification relationship")
                             : signer->relationships.join(QStringLiteral(", "));
    if (!relationship.isEmpty() && !signer->relationships.contains(relationship)) {
        report.add(kSignature, Outcome::Fail,
                   tr("the signature is mathematically valid with key %1, but that DID lists the "
                      "key only for %2, not for %3, so it is not authorized to sign this")
                       .arg(signer->keyId, used, relationship));
    } else if (relationship.isEmpty() && signer->relationships.isEmpty()) {
        report.add(kSignature, Outcome::Fail,
                   tr("key %1 verifies the signature but its DID authorizes it for nothing")
                       .arg(signer->keyId));
    } else {
        report.add(kSignature, Outcome::Pass,
                   tr("signed with %1 by %2 (%3)").arg(jws.algorithm(), signer->keyId, used));
    }

    if (!issuerDid.isEmpty()) {
        const bool same = issuerDid == signer->did;
        report.add(kIssuerIsSigner, same ? Outcome::Pass : Outcome::Fail,
                   same ? tr("the signing key belongs to the issuer %1").arg(shortDid(issuerDid))
                        : tr("signed by %1 but the issuer is %2")
                              .arg(shortDid(signer->did), shortDid(issuerDid)));
    } else if (!issuer.isEmpty()) {
        report.add(kIssuerIsSigner, Outcome::Unknown,
                   tr("the issuer \"%1\" is not a DID, so it cannot be tied to the key")
                       .arg(issuer.left(120)));
    }
}

void JwsInspector::checkValidityPeriod(const QJsonObject &claims, const InspectOptions &options,
                                       Inspection &out)
{
    const QStringList names{QStringLiteral("exp"), QStringLiteral("nbf"), QStringLiteral("iat")};
    bool present = false;
    for (const QString &name : names) {
        const QJsonValue value = claims.value(name);
        if (value.isUndefined())
            continue;
        present = true;
        if (!value.isDouble()) {
            out.report.add(kValidity, Outcome::Fail,
                           tr("\"%1\" is not a NumericDate (seconds since 1970)").arg(name));
            return;
        }
    }
    if (!present)
        return;
    const QDateTime at = options.at.isValid() ? options.at : QDateTime::currentDateTimeUtc();
    const qint64 now = at.toSecsSinceEpoch();
    const qint64 skew = options.clockSkewSeconds;
    const auto seconds = [&](const QString &name) { return qint64(claims.value(name).toDouble()); };
    if (claims.contains(QStringLiteral("exp")) && now - skew >= seconds(QStringLiteral("exp"))) {
        out.report.add(kValidity, Outcome::Fail,
                       tr("expired at %1").arg(formatTime(seconds(QStringLiteral("exp")))));
        return;
    }
    if (claims.contains(QStringLiteral("nbf")) && now + skew < seconds(QStringLiteral("nbf"))) {
        out.report.add(kValidity, Outcome::Fail,
                       tr("not valid before %1").arg(formatTime(seconds(QStringLiteral("nbf")))));
        return;
    }
    if (claims.contains(QStringLiteral("iat")) && now + skew < seconds(QStringLiteral("iat"))) {
        out.report.add(
            kValidity, Outcome::Fail,
            tr("issued in the future (%1)").arg(formatTime(seconds(QStringLiteral("iat")))));
        return;
    }
    const QString until = claims.contains(QStringLiteral("exp"))
                              ? tr("until %1").arg(formatTime(seconds(QStringLiteral("exp"))))
                              : tr("with no expiry");
    out.report.add(kValidity, Outcome::Pass,
                   tr("valid at %1 %2").arg(at.toUTC().toString(Qt::ISODate), until));
}

} // namespace vcdesk
