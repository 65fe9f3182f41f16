#include "core/verify/CredentialInspector.h"

#include "core/codec/StrictJson.h"
#include "core/credential/CredentialParser.h"
#include "core/credential/Envelope.h"
#include "core/credential/EnvelopedCredential.h"
#include "core/jose/CompactJws.h"
#include "core/jose/JwsPayloadReuse.h"
#include "core/jose/SdJwt.h"
#include "core/verify/CheckName.h"
#include "core/verify/ContextLoader.h"
#include "core/verify/CredentialVerifier.h"
#include "core/verify/EnvelopeCheck.h"
#include "core/verify/HolderBindingCheck.h"
#include "core/verify/JwsSignatureCheck.h"
#include "core/verify/TrustList.h"
#include "core/verify/ValidityCheck.h"

#include <QJsonDocument>

namespace vcdesk {

namespace {

using Outcome = CheckResult::Outcome;

JsonLimits documentLimits()
{
    JsonLimits limits;
    limits.maxBytes = 16 * 1024 * 1024;
    return limits;
}

/// A token wrapped in standard base64 (as the issuer agent's "credential" field is).
std::optional<QByteArray> unwrapBase64(QByteArrayView input)
{
    if (input.size() < 16)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(input.toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !(decoded.decoded.startsWith("ey") || decoded.decoded.startsWith("{")))
        return std::nullopt;
    return *decoded;
}

} // namespace

Result<Inspection> CredentialInspector::inspect(QByteArrayView input, const InspectOptions &options)
{
    return inspectText(input, options, 0);
}

Result<Inspection> CredentialInspector::inspectText(QByteArrayView input,
                                                    const InspectOptions &options, int depth)
{
    if (depth > kMaxNesting)
        return Error{QStringLiteral("credential.too_deep"),
                     tr("credentials nested more than %1 levels deep").arg(kMaxNesting)};
    input = input.trimmed();
    if (input.isEmpty())
        return Error{QStringLiteral("input.empty"), tr("the input is empty")};
    if (input.startsWith('{')) {
        auto json = StrictJson::parseObject(input, documentLimits());
        if (!json)
            return json.error();
        return inspectJson(json.value(), options, depth);
    }
    if (SdJwt::looksLikeSdJwt(input)) {
        auto sdJwt = SdJwt::parse(input);
        if (!sdJwt)
            return sdJwt.error();
        auto credential = CredentialParser::fromSdJwt(sdJwt.value());
        if (!credential)
            return credential.error();
        return inspectCredential(credential.value(), options, depth);
    }
    auto inspection = inspectJws(input, options, depth);
    if (!inspection && !input.contains('.')) {
        if (auto unwrapped = unwrapBase64(input))
            return inspectText(*unwrapped, options, depth + 1);
    }
    return inspection;
}

Result<Inspection> CredentialInspector::inspectJson(const QJsonObject &json,
                                                    const InspectOptions &options, int depth)
{
    // EnvelopeReader never takes an object shaped as a credential or presentation for a
    // message: those fall through to the credential parser, and their proof must carry them.
    if (auto envelope = EnvelopeReader::read(json)) {
        Inspection out;
        out.format = envelope->name;
        out.payload = json;
        for (const CheckResult &check : EnvelopeCheck::run(*envelope))
            out.report.add(check.name, check.outcome, check.detail);
        // A message vouches for nothing by itself: only the signed credentials inside it can
        // make it valid, so one that carries none is at best "nothing to check".
        if (envelope->contents.isEmpty())
            out.report.add(CheckName::NestedCredentials, Outcome::Unknown,
                           tr("the %1 carries no signed credential, so there is nothing to verify")
                               .arg(envelope->name));
        inspectContents(envelope->contents, options, depth, out);
        return out;
    }
    auto credential = CredentialParser::fromJsonLd(json);
    if (!credential)
        return Error{QStringLiteral("credential.unrecognized"),
                     tr("the JSON is neither a credential, a presentation, nor a message vcdesk "
                        "knows (%1)")
                         .arg(credential.error().message)};
    return inspectCredential(credential.value(), options, depth);
}

Result<Inspection> CredentialInspector::inspectJws(QByteArrayView input,
                                                   const InspectOptions &options, int depth)
{
    auto jws = CompactJws::parse(input);
    if (!jws)
        return jws.error();
    // The common JWT-VC is read from its payload's outline, which builds only what the checks
    // need; a payload the outline's scan does not vouch for, or any other shape, is read below.
    // Not inside a JwsPayloadReuse scope: that work reads the whole payload anyway (a
    // presentation verifier matches and binds its credentials), and has it parsed already.
    std::optional<JsonOutline> outline;
    if (!JwsPayloadReuse::inScope()) {
        outline = JsonOutline::of(jws->payload());
        if (outline) {
            if (auto credential = CredentialParser::fromPlainJwtVc(jws.value(), *outline, input))
                return inspectCredential(*credential, options, depth);
        }
    }
    // The payload must be strict JSON: a token whose payload is malformed (duplicate members,
    // lone surrogates, invalid UTF-8, or not JSON at all) is unreadable, never downgraded to
    // a bare signature check that could call it valid.
    // A payload the outline vouched for is built without scanning it a second time.
    const QJsonValue outlined =
        outline ? outline->value(JsonOutline::root()) : QJsonValue(QJsonValue::Undefined);
    auto claims =
        outlined.isObject() ? Result<QJsonObject>(outlined.toObject()) : jws->payloadObject();
    if (!claims)
        return Error{
            claims.error().code,
            tr("the token's payload is not a strict JSON object: %1").arg(claims.error().message)};
    auto credential = CredentialParser::fromJwt(jws.value(), claims.value(), input);
    if (credential)
        return inspectCredential(credential.value(), options, depth);
    if (credential.error().code != QLatin1String("credential.not_a_credential"))
        return credential.error();
    // A plain signed token: signature by any authorized key, validity from exp/nbf/iat.
    Inspection out;
    out.format = QStringLiteral("jws");
    out.header = jws->header();
    out.payload = claims.value();
    out.issuer = claims->value(QStringLiteral("iss")).toString();
    out.subject = claims->value(QStringLiteral("sub")).toString();
    out.signer = JwsSignatureCheck::run(jws.value(), out.issuer, QString(), options, out.report,
                                        &out.signerKey);
    ValidityCheck::runOnJwtClaims(claims.value(), options, out.report);
    return out;
}

Inspection CredentialInspector::inspectCredential(const Credential &credential,
                                                  const InspectOptions &options, int depth)
{
    Inspection out;
    out.format = credential.format;
    // Before the verification: a context fetched for it is then named as fetched, not cached.
    if (options.keepCanonicalForm && !credential.jws)
        out.canonicalForm = CanonicalForm::of(
            credential.document,
            options.contextLoader ? options.contextLoader : ContextLoader::forOptions(options));
    out.report = CredentialVerifier::verify(credential, options, &out.signer, &out.signerKey);
    if (credential.jws) {
        out.header = credential.jws->header();
        // For SD-JWT the payload shown is the disclosed one.
        out.payload = credential.sdJwt ? credential.document : credential.jwtClaims;
    } else {
        out.payload = credential.document;
    }
    out.issuer = credential.issuer;
    if (options.trustList) {
        if (const auto entry = options.trustList->match(credential.issuer))
            out.issuerName = entry->name;
    }
    out.subject = credential.subject;
    out.types = credential.types;
    out.claims = credential.claims;
    out.validFrom = credential.validFrom;
    out.validUntil = credential.validUntil;
    if (credential.isPresentation()) {
        if (credential.embedded.isEmpty())
            out.report.add(CheckName::NestedCredentials, Outcome::Unknown,
                           tr("the presentation carries no credential, so it proves nothing "
                              "about its holder"));
        inspectContents(credential.embedded, options, depth, out);
        HolderBindingCheck::run(out);
    }
    return out;
}

void CredentialInspector::inspectContents(const QList<QJsonValue> &contents,
                                          const InspectOptions &options, int depth, Inspection &out)
{
    if (contents.isEmpty())
        return;
    // The signed form is shown for the inspected token only: a presentation's hundred
    // credentials are not canonicalized twice each for a view nobody opens.
    InspectOptions nestedOptions = options;
    nestedOptions.keepCanonicalForm = false;
    int valid = 0, invalid = 0, unverifiable = 0;
    for (qsizetype i = 0; i < contents.size() && i < kMaxContents; ++i) {
        const QJsonValue &content = contents.at(i);
        const auto enveloped = EnvelopedCredential::token(content);
        Result<Inspection> inner =
            enveloped            ? inspectText(*enveloped, nestedOptions, depth + 1)
            : content.isObject() ? inspectJson(content.toObject(), nestedOptions, depth + 1)
            : content.isString()
                ? inspectText(content.toString().toUtf8(), nestedOptions, depth + 1)
                : Result<Inspection>(
                      Error{QStringLiteral("credential.unrecognized"),
                            tr("an embedded credential is neither text nor an object")});
        if (!inner) {
            Inspection unreadable;
            unreadable.format = QStringLiteral("unreadable");
            unreadable.report.add(CheckName::Readable, Outcome::Fail,
                                  tr("%1 [%2]").arg(inner.error().message, inner.error().code));
            out.nested.push_back(std::move(unreadable));
        } else {
            out.nested.push_back(std::move(inner).value());
            // What a message or presentation carries must be credentials or presentations: a
            // signed token that is neither (e.g. "{}" signed by anyone's own did:jwk) vouches
            // for nothing and never makes its wrapper valid.
            if (out.nested.back().format == QLatin1String("jws"))
                out.nested.back().report.add(
                    CheckName::Readable, Outcome::Fail,
                    tr("the embedded token is signed but is not a credential or presentation"));
        }
        switch (out.nested.back().report.verdict()) {
        case ValidationReport::Verdict::Valid:
            ++valid;
            break;
        case ValidationReport::Verdict::Invalid:
            ++invalid;
            break;
        case ValidationReport::Verdict::Unverifiable:
        case ValidationReport::Verdict::Unknown: // never from a report; never counted as valid
            ++unverifiable;
            break;
        }
    }
    const QString summary = tr("%1 embedded: %2 valid, %3 invalid, %4 unverifiable")
                                .arg(out.nested.size())
                                .arg(valid)
                                .arg(invalid)
                                .arg(unverifiable);
    const Outcome outcome = invalid > 0        ? Outcome::Fail
                            : unverifiable > 0 ? Outcome::Unknown
                                               : Outcome::Pass;
    if (contents.size() > kMaxContents)
        out.report.add(
            CheckName::NestedCredentials, Outcome::Fail,
            tr("more than %1 embedded credentials; refusing the rest").arg(kMaxContents));
    else
        out.report.add(CheckName::NestedCredentials, outcome, summary);
}

} // namespace vcdesk
