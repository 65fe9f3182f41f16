#include "core/oid4vp/PresentationVerifier.h"

#include "core/codec/StrictJson.h"
#include "core/jose/JwsPayloadReuse.h"
#include "core/oid4vp/DcqlMatcher.h"
#include "core/oid4vp/PresentationExchangeMatcher.h"
#include "core/oid4vp/PresentationTokenVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace vcdesk {

namespace {

Error fail(const char *check, const QString &message)
{
    return Error{QStringLiteral("presentation.") + QLatin1String(check), message};
}

const QStringList kSdJwtFormats{QStringLiteral("dc+sd-jwt"), QStringLiteral("vc+sd-jwt")};
const QStringList kVpFormats{QStringLiteral("jwt_vp_json"), QStringLiteral("jwt_vp"),
                             QStringLiteral("vp+jwt")};
const QStringList kVcFormats{QStringLiteral("jwt_vc_json"), QStringLiteral("jwt_vc"),
                             QStringLiteral("vc+jwt")};

/// A format name as the definition may list it: the draft names and the current ones of a
/// JWT VC/VP are the same format.
bool formatListed(const QJsonObject &allowed, const QString &format)
{
    if (allowed.isEmpty() || allowed.contains(format))
        return true;
    static const QHash<QString, QString> kOtherName{
        {QStringLiteral("jwt_vp"), QStringLiteral("jwt_vp_json")},
        {QStringLiteral("jwt_vp_json"), QStringLiteral("jwt_vp")},
        {QStringLiteral("jwt_vc"), QStringLiteral("jwt_vc_json")},
        {QStringLiteral("jwt_vc_json"), QStringLiteral("jwt_vc")}};
    return allowed.contains(kOtherName.value(format));
}

QJsonObject descriptorOf(const QJsonObject &definition, const QString &id)
{
    for (const QJsonValue &value : definition.value(QStringLiteral("input_descriptors")).toArray())
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    return {};
}

/// One presentation as PresentationTokenVerifier reads it: a token's text, a JSON-LD VP's
/// JSON; empty for anything else.
QString presentationText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toString();
}

/// The vp_token's presentations: one string or JSON-LD VP, or a JSON array of them.
Result<QStringList> presentationsOf(const QString &vpToken, bool *isArray)
{
    const QString trimmed = vpToken.trimmed();
    *isArray = trimmed.startsWith(QLatin1Char('['));
    if (trimmed.isEmpty())
        return fail("unreadable", PresentationVerifier::tr("the vp_token is empty"));
    if (!*isArray)
        return QStringList{trimmed}; // a token, or a JSON-LD VP (PE has no keyed answers)
    auto array = StrictJson::parse(trimmed.toUtf8());
    if (!array || !array->isArray())
        return fail("unreadable", PresentationVerifier::tr("the vp_token array is not JSON"));
    QStringList out;
    for (const QJsonValue &value : array->toArray()) {
        if (!value.isString() && !value.isObject())
            return fail("format",
                        PresentationVerifier::tr(
                            "the vp_token array holds something other than presentations"));
        out << presentationText(value);
    }
    if (out.isEmpty() || out.size() > PresentationVerifier::kMaxPresentations)
        return fail(
            "unreadable",
            PresentationVerifier::tr("the vp_token holds %1 presentations").arg(out.size()));
    return out;
}

} // namespace

Result<VerifiedPresentation> PresentationVerifier::verify(const ExpectedPresentation &expected,
                                                          const QString &vpToken,
                                                          const QString &presentationSubmission,
                                                          const InspectOptions &options)
{
    // Each presentation and credential is read by the precheck, the inspection and the match;
    // its payload is parsed once, and forgotten when this answer is done.
    const JwsPayloadReuse reuse;
    if (expected.usesDcql() == !expected.presentationDefinition.isEmpty())
        return Error{QStringLiteral("presentation.request"),
                     tr("the request must ask with exactly one of a presentation definition "
                        "and a DCQL query")};
    if (expected.nonce.isEmpty() || expected.audiences.isEmpty())
        return Error{QStringLiteral("presentation.request"),
                     tr("the request has no nonce or no client_id to check against")};
    return expected.usesDcql()
               ? dcql(expected, vpToken, options)
               : presentationExchange(expected, vpToken, presentationSubmission, options);
}

Result<VerifiedPresentation>
PresentationVerifier::presentationExchange(const ExpectedPresentation &expected,
                                           const QString &vpToken, const QString &submissionText,
                                           const InspectOptions &options)
{
    const QJsonObject &definition = expected.presentationDefinition;
    bool arrayToken = false;
    auto tokens = presentationsOf(vpToken, &arrayToken);
    if (!tokens)
        return tokens.error();
    if (auto cheap = precheckAll(tokens.value(), expected); !cheap)
        return cheap.error();
    // Everything presented is verified, whether or not the submission points at it.
    QList<QList<PresentedCredential>> presentations;
    for (const QString &token : tokens.value()) {
        auto verified =
            PresentationTokenVerifier::verifyPrechecked(token.toUtf8(), expected, options);
        if (!verified)
            return verified.error();
        presentations << verified.value();
    }

    if (submissionText.trimmed().isEmpty())
        return fail("submission", tr("the answer has no presentation_submission saying which "
                                     "credential answers what"));
    auto submission = StrictJson::parseObject(submissionText.toUtf8());
    if (!submission)
        return fail("submission", tr("the presentation_submission is not a JSON object: %1")
                                      .arg(submission.error().message));
    if (submission->value(QStringLiteral("definition_id")).toString() !=
        definition.value(QStringLiteral("id")).toString())
        return fail("submission", tr("the presentation_submission answers another definition"));
    const QJsonArray map = submission->value(QStringLiteral("descriptor_map")).toArray();
    if (map.isEmpty() || map.size() > kMaxDescriptorMap)
        return fail("submission",
                    tr("the presentation_submission's descriptor_map is missing or empty"));

    VerifiedPresentation out;
    QList<HeldCredential> answered;
    for (const QJsonValue &value : map) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(QStringLiteral("id")).toString();
        const QJsonObject descriptor = descriptorOf(definition, id);
        if (descriptor.isEmpty())
            return fail("submission", tr("the presentation_submission names a descriptor \"%1\" "
                                         "the definition does not have")
                                          .arg(id.left(64)));
        auto credential = pointedAt(entry, presentations, arrayToken);
        if (!credential)
            return credential.error();
        const QJsonObject allowed = descriptor.value(QStringLiteral("format")).isObject()
                                        ? descriptor.value(QStringLiteral("format")).toObject()
                                        : definition.value(QStringLiteral("format")).toObject();
        const QString format = entry.value(QStringLiteral("format")).toString();
        const QString nestedFormat = entry.value(QStringLiteral("path_nested"))
                                         .toObject()
                                         .value(QStringLiteral("format"))
                                         .toString();
        if (!formatListed(allowed, format) ||
            (!nestedFormat.isEmpty() && !formatListed(allowed, nestedFormat)))
            return fail(
                "submission",
                tr("descriptor \"%1\" does not accept the format %2")
                    .arg(id.left(64), (nestedFormat.isEmpty() ? format : nestedFormat).left(40)));
        auto candidate = held(credential.value(), answered.size() + 1);
        if (!candidate)
            return candidate.error();
        QJsonObject single = definition;
        single.insert(QStringLiteral("input_descriptors"), QJsonArray{descriptor});
        single.remove(QStringLiteral("submission_requirements"));
        auto fits = PresentationExchangeMatcher::match(single, {candidate.value()});
        if (!fits)
            return Error{QStringLiteral("presentation.request"), fits.error().message};
        const RequestedPart *part = fits->part(id);
        if (!part || part->candidates.isEmpty())
            return fail(
                "unsatisfied",
                tr("the credential given for \"%1\" does not meet what it asks: %2")
                    .arg(id.left(64), part ? part->unmatchedReason : fits->unsatisfiedReason));
        PresentedCredential presented = credential.value();
        presented.queryId = id;
        out.credentials << presented;
        answered << candidate.value();
    }

    return everythingRequired(PresentationExchangeMatcher::match(definition, answered), out);
}

Result<PresentedCredential>
PresentationVerifier::pointedAt(const QJsonObject &entry,
                                const QList<QList<PresentedCredential>> &presentations,
                                bool arrayToken)
{
    static const QRegularExpression kTop(QStringLiteral("^\\$(?:\\[(\\d{1,3})\\])?$"));
    static const QRegularExpression kNested(
        QStringLiteral("^\\$(?:\\.vp)?\\.verifiableCredential\\[(\\d{1,3})\\]$"));
    const QString path = entry.value(QStringLiteral("path")).toString();
    const auto top = kTop.match(path);
    const bool indexed = top.hasMatch() && !top.captured(1).isEmpty();
    if (!top.hasMatch() || indexed != arrayToken)
        return fail("submission", tr("the descriptor_map path \"%1\" does not point at a "
                                     "presentation of this vp_token")
                                      .arg(path.left(64)));
    const qsizetype index = indexed ? top.captured(1).toInt() : 0;
    if (index >= presentations.size())
        return fail("submission",
                    tr("the descriptor_map path \"%1\" points past the vp_token").arg(path));
    const QList<PresentedCredential> &credentials = presentations.at(index);
    const QString format = entry.value(QStringLiteral("format")).toString();
    const QJsonValue nested = entry.value(QStringLiteral("path_nested"));
    // A JWT VP carries only JWT credentials and a JSON-LD VP only JSON-LD ones
    // (PresentationTokenVerifier refuses others), so an SD-JWT format means the token is an
    // SD-JWT VC of its own.
    if (kSdJwtFormats.contains(credentials.first().format)) {
        if (!kSdJwtFormats.contains(format) || !nested.isUndefined())
            return fail("submission",
                        tr("the descriptor_map calls an SD-JWT VC \"%1\"").arg(format.left(40)));
        return credentials.first();
    }
    const bool jsonLd = credentials.first().format == QLatin1String("ldp_vc");
    const QJsonObject inner = nested.toObject();
    const QString innerFormat = inner.value(QStringLiteral("format")).toString();
    const auto at = kNested.match(inner.value(QStringLiteral("path")).toString());
    const bool formatsFit =
        jsonLd ? format == QLatin1String("ldp_vp") && innerFormat == QLatin1String("ldp_vc")
               : kVpFormats.contains(format) && kVcFormats.contains(innerFormat);
    if (!formatsFit || !at.hasMatch() || inner.contains(QStringLiteral("path_nested")))
        return fail("submission",
                    tr("the descriptor_map must point into the VP with path_nested "
                       "($.verifiableCredential[n], format jwt_vc_json or ldp_vc) and call the "
                       "VP jwt_vp_json or ldp_vp"));
    const qsizetype n = at.captured(1).toInt();
    if (n >= credentials.size())
        return fail("submission", tr("path_nested points past the VP's credentials"));
    return credentials.at(n);
}

Result<VerifiedPresentation> PresentationVerifier::dcql(const ExpectedPresentation &expected,
                                                        const QString &vpToken,
                                                        const InspectOptions &options)
{
    auto answer = StrictJson::parseObject(vpToken.trimmed().toUtf8());
    if (!answer)
        return fail("submission", tr("the vp_token must be a JSON object keyed by credential "
                                     "query id (DCQL): %1")
                                      .arg(answer.error().message));
    QHash<QString, QJsonObject> queries;
    for (const QJsonValue &value :
         expected.dcqlQuery.value(QStringLiteral("credentials")).toArray())
        queries.insert(value.toObject().value(QStringLiteral("id")).toString(), value.toObject());
    if (answer->isEmpty() || answer->size() > kMaxPresentations)
        return fail("submission", tr("the vp_token answers %1 queries").arg(answer->size()));
    QStringList everything;
    for (const QJsonValue &value : *answer)
        for (const QJsonValue &token : value.isArray() ? value.toArray() : QJsonArray{value})
            everything << presentationText(token);
    if (auto cheap = precheckAll(everything, expected); !cheap)
        return cheap.error();

    VerifiedPresentation out;
    QList<HeldCredential> answered;
    for (auto it = answer->constBegin(); it != answer->constEnd(); ++it) {
        const QString id = it.key();
        if (!queries.contains(id))
            return fail(
                "submission",
                tr("the vp_token answers \"%1\", which the query did not ask").arg(id.left(64)));
        // OpenID4VP 1.0: an array of presentations; earlier drafts: one string.
        QJsonArray tokens = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        const bool multiple = queries.value(id).value(QStringLiteral("multiple")).toBool();
        if (tokens.isEmpty() || (tokens.size() > 1 && !multiple))
            return fail(
                "submission",
                tr("\"%1\" is answered with %2 presentations").arg(id.left(64)).arg(tokens.size()));
        for (const QJsonValue &token : tokens) {
            if (!token.isString() && !token.isObject())
                return fail("format",
                            tr("the answer to \"%1\" is not a presentation").arg(id.left(64)));
            // Prechecked above, with the rest of the answer.
            auto verified = PresentationTokenVerifier::verifyPrechecked(
                presentationText(token).toUtf8(), expected, options);
            if (!verified)
                return verified.error();
            // A VP with two credentials is two answers, too.
            if (verified->size() > 1 && !multiple)
                return fail("submission", tr("\"%1\" is answered with %2 credentials")
                                              .arg(id.left(64))
                                              .arg(verified->size()));
            for (PresentedCredential presented : verified.value()) {
                auto candidate = held(presented, answered.size() + 1);
                if (!candidate)
                    return candidate.error();
                auto fits = DcqlMatcher::match(expected.dcqlQuery, {candidate.value()});
                if (!fits)
                    return Error{QStringLiteral("presentation.request"), fits.error().message};
                const RequestedPart *part = fits->part(id);
                if (!part || part->candidates.isEmpty())
                    return fail("unsatisfied",
                                tr("the credential given for \"%1\" does not meet its query: %2")
                                    .arg(id.left(64), part ? part->unmatchedReason : QString()));
                presented.queryId = id;
                out.credentials << presented;
                answered << candidate.value();
            }
        }
    }
    return everythingRequired(DcqlMatcher::match(expected.dcqlQuery, answered), out);
}

Result<VerifiedPresentation>
PresentationVerifier::everythingRequired(const Result<PresentationMatch> &overall,
                                         const VerifiedPresentation &out)
{
    if (!overall)
        return Error{QStringLiteral("presentation.request"), overall.error().message};
    for (const RequestedPart &part : overall->parts)
        if (part.required && out.answering(part.id).isEmpty())
            return fail("unsatisfied", tr("nothing in the answer meets \"%1\", which the "
                                          "request requires")
                                           .arg(part.id.left(64)));
    if (!overall->satisfiable)
        return fail("unsatisfied", overall->unsatisfiedReason);
    return out;
}

Status PresentationVerifier::precheckAll(const QStringList &tokens,
                                         const ExpectedPresentation &expected)
{
    if (tokens.size() > kMaxPresentations)
        return fail("unreadable", tr("the answer holds %1 presentations (at most %2 are read)")
                                      .arg(tokens.size())
                                      .arg(kMaxPresentations));
    int credentials = 0;
    for (const QString &token : tokens) {
        auto counted = PresentationTokenVerifier::precheck(token.toUtf8(), expected);
        if (!counted)
            return counted.error();
        credentials += counted.value();
    }
    if (credentials > PresentationTokenVerifier::kMaxCredentials)
        return fail("unreadable", tr("the answer holds %1 credentials (at most %2 are read)")
                                      .arg(credentials)
                                      .arg(PresentationTokenVerifier::kMaxCredentials));
    return {};
}

Result<HeldCredential> PresentationVerifier::held(const PresentedCredential &credential, qint64 id)
{
    CredentialRecord record;
    record.id = id;
    record.format = credential.format;
    record.raw = credential.raw;
    record.issuer = credential.inspection.issuer;
    record.types = credential.inspection.types;
    record.verdict = Verdict::Valid; // PresentationTokenVerifier accepted it
    auto held = HeldCredential::presented(record);
    if (!held)
        return fail("unreadable", held.error().message);
    return held;
}

} // namespace vcdesk
